package io.naap.db.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.naap.db.data.Filter.Condition;
import io.naap.db.data.Filter.Operator;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.error.PlatformException.FieldError;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;

class FilterParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelSpec TASK = ModelSpec.of(TrackerTask.class);
    private static final ModelSpec PROJECT = ModelSpec.of(TrackerProject.class);

    @Test
    void plainValuesAreEqualityAndNullIsANullCheck() {
        assertThat(parse(TASK, "{\"status\": \"DONE\", \"assigneeId\": null}")).isEqualTo(Filter.and(
                Filter.eq("status", TrackerTaskStatus.DONE), Filter.isNull("assigneeId")));
    }

    @Test
    void operatorsBecomeTypedConditions() {
        Filter filter = parse(TASK, """
                {"title": {"contains": "docs", "mode": "insensitive"},
                 "priority": {"in": ["HIGH", "URGENT"]},
                 "dueDate": {"lt": "2025-09-01T12:00:00.000Z"},
                 "status": {"not": "DONE"}}""");

        assertThat(filter).isEqualTo(Filter.and(
                new Condition("title", Operator.CONTAINS, "docs", true),
                Filter.in("priority", List.of(TrackerTaskPriority.HIGH, TrackerTaskPriority.URGENT)),
                Filter.lt("dueDate", Instant.parse("2025-09-01T12:00:00Z")),
                new Condition("status", Operator.NOT_EQUALS, TrackerTaskStatus.DONE, false)));
    }

    @Test
    void andOrNotCompose() {
        Filter filter = parse(TASK, """
                {"OR": [{"priority": "URGENT"}, {"status": "TODO"}], "NOT": {"title": {"startsWith": "WIP"}}}""");

        assertThat(filter).isEqualTo(Filter.and(
                Filter.or(Filter.eq("priority", TrackerTaskPriority.URGENT), Filter.eq("status", TrackerTaskStatus.TODO)),
                Filter.not(Filter.startsWith("title", "WIP"))));
    }

    @Test
    void relationsAreFilteredOnTheirOwnFields() {
        assertThat(parse(TASK, "{\"project\": {\"teamId\": \"t1\"}}"))
                .isEqualTo(Filter.is("project", Filter.eq("teamId", "t1")));
        assertThat(parse(TASK, "{\"project\": {\"isNot\": {\"status\": \"ARCHIVED\"}}}"))
                .isEqualTo(Filter.isNot("project", Filter.eq("status",
                        io.naap.db.model.tracker.TrackerProjectStatus.ARCHIVED)));
        assertThat(parse(PROJECT, "{\"tasks\": {\"some\": {\"status\": \"DONE\"}, \"none\": {\"priority\": \"LOW\"}}}"))
                .isEqualTo(Filter.and(Filter.some("tasks", Filter.eq("status", TrackerTaskStatus.DONE)),
                        Filter.none("tasks", Filter.eq("priority", TrackerTaskPriority.LOW))));
    }

    @Test
    void anEmptyOrMissingWhereMatchesEverything() {
        assertThat(parse(TASK, "{}")).isEqualTo(Filter.all());
        assertThat(FilterParser.parse(TASK, null)).isEqualTo(Filter.all());
    }

    @Test
    void unknownFieldsWrongTypesAndMisusedOperatorsNameTheField() {
        assertInvalid(TASK, "{\"colour\": \"red\"}", "where.colour", "is not a field of TrackerTask");
        assertInvalid(TASK, "{\"title\": 42}", "where.title", "must be a string");
        assertInvalid(TASK, "{\"status\": \"FINISHED\"}", "where.status", "must be one of TODO, IN_PROGRESS, IN_REVIEW, DONE");
        assertInvalid(TASK, "{\"dueDate\": {\"gt\": \"tomorrow\"}}", "where.dueDate.gt", "must be an ISO-8601 date-time string");
        assertInvalid(TASK, "{\"status\": {\"contains\": \"DO\"}}", "where.status.contains", "applies to text fields only");
        assertInvalid(TASK, "{\"title\": {\"like\": \"%\"}}", "where.title.like", "is not a filter operator");
        assertInvalid(TASK, "{\"title\": null}", "where.title", "is required and cannot be null");
        assertInvalid(TASK, "{\"OR\": {\"title\": \"x\"}}", "where.OR", "must be an array");
        assertInvalid(TASK, "{\"project\": {\"owner\": \"x\"}}", "where.project.owner", "is not a field of TrackerProject");
        assertInvalid(PROJECT, "{\"tasks\": {\"status\": \"DONE\"}}", "where.tasks.status", "must be some, every or none");
        assertInvalid(TASK, "{\"priority\": {\"in\": \"HIGH\"}}", "where.priority.in", "must be an array");
        assertInvalid(TASK, "[]", "where", "must be an object");
    }

    @Test
    void hostileFiltersAreBounded() {
        String deep = "{\"NOT\": ".repeat(FilterParser.MAX_DEPTH + 2) + "{}" + "}".repeat(FilterParser.MAX_DEPTH + 2);
        assertThat(invalid(TASK, deep).getMessage()).contains("nested deeper than");

        String longList = "{\"title\": {\"in\": [" + "\"x\",".repeat(FilterParser.MAX_LIST) + "\"x\"]}}";
        assertInvalid(TASK, longList, "where.title.in", "has more than 1000 values");

        StringBuilder many = new StringBuilder("{\"OR\": [");
        for (int i = 0; i <= FilterParser.MAX_CONDITIONS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"title\": \"t").append(i).append("\"}");
        }
        assertThat(invalid(TASK, many.append("]}").toString()).getMessage()).contains("more than 200 conditions");
    }

    @Test
    void filtersComposeInJavaWithANeutralAll() {
        Filter status = Filter.eq("status", TrackerTaskStatus.DONE);

        assertThat(Filter.all().and(status)).isEqualTo(status);
        assertThat(status.and(Filter.all())).isEqualTo(status);
        assertThat(Filter.and(status, Filter.and(Filter.isNull("dueDate"), Filter.all())))
                .isEqualTo(new Filter.And(List.of(status, Filter.isNull("dueDate"))));
        assertThat(Filter.contains("title", "Docs").insensitive())
                .isEqualTo(new Condition("title", Operator.CONTAINS, "Docs", true));
        assertThat(Filter.eq("assigneeId", null)).isEqualTo(Filter.isNull("assigneeId"));
    }

    private static Filter parse(ModelSpec model, String json) {
        return FilterParser.parse(model, node(json));
    }

    private static void assertInvalid(ModelSpec model, String json, String field, String reason) {
        PlatformException e = invalid(model, json);
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("Invalid value for field " + field + ": " + reason);
        assertThat(e.details()).isEqualTo(java.util.Map.of("fields", List.of(new FieldError(field, reason))));
    }

    private static PlatformException invalid(ModelSpec model, String json) {
        PlatformException e = catchThrowableOfType(PlatformException.class, () -> parse(model, json));
        assertThat(e).as("parsing %s should fail", json).isNotNull();
        return e;
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
