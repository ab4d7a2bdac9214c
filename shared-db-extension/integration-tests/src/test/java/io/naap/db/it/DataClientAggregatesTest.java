package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.naap.db.data.Aggregations;
import io.naap.db.data.DataClient;
import io.naap.db.data.Unscoped;
import io.naap.db.data.Filter;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.OrderBy;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@TestTransaction
class DataClientAggregatesTest {

    @Inject
    @Unscoped
    DataClient db;

    private final String team = "team-" + UUID.randomUUID();

    @Test
    void aggregateCountsAndFindsTheExtremesInSql() {
        TrackerProject project = project();
        task(project, TrackerTaskStatus.DONE, TrackerTaskPriority.LOW, "2025-01-01T00:00:00Z");
        task(project, TrackerTaskStatus.TODO, TrackerTaskPriority.HIGH, "2025-06-01T00:00:00Z");
        task(project, TrackerTaskStatus.TODO, TrackerTaskPriority.URGENT, null);

        Map<String, Object> result = tasks().aggregate(inTeam(),
                Aggregations.count().min("dueDate", "priority").max("dueDate", "title"));

        assertThat(result).containsEntry("_count", 3L)
                .containsEntry("_min.dueDate", Instant.parse("2025-01-01T00:00:00Z"))
                .containsEntry("_min.priority", TrackerTaskPriority.LOW)
                .containsEntry("_max.dueDate", Instant.parse("2025-06-01T00:00:00Z"))
                .containsEntry("_max.title", "task");
        assertThat(tasks().aggregate(inTeam().and(Filter.eq("title", "none")), Aggregations.count()))
                .containsEntry("_count", 0L);
    }

    @Test
    void groupByGivesOneRowPerValueInOrder() {
        TrackerProject project = project();
        task(project, TrackerTaskStatus.DONE, TrackerTaskPriority.LOW, null);
        task(project, TrackerTaskStatus.DONE, TrackerTaskPriority.HIGH, null);
        task(project, TrackerTaskStatus.TODO, TrackerTaskPriority.HIGH, null);

        List<Map<String, Object>> rows = tasks().groupBy(List.of("status"), inTeam(), Aggregations.count(),
                List.of(OrderBy.asc("status")));

        assertThat(rows).containsExactly(
                Map.of("status", TrackerTaskStatus.TODO, "_count", 1L),
                Map.of("status", TrackerTaskStatus.DONE, "_count", 2L));
    }

    @Test
    void havingKeepsTheGroupsWhoseAggregatesMatchAndGroupsMayBeOrderedByAnAggregate() {
        TrackerProject project = project();
        task(project, TrackerTaskStatus.DONE, TrackerTaskPriority.LOW, "2025-01-01T00:00:00Z");
        task(project, TrackerTaskStatus.DONE, TrackerTaskPriority.HIGH, null);
        task(project, TrackerTaskStatus.DONE, TrackerTaskPriority.HIGH, null);
        task(project, TrackerTaskStatus.TODO, TrackerTaskPriority.HIGH, null);
        task(project, TrackerTaskStatus.IN_REVIEW, TrackerTaskPriority.LOW, null);
        task(project, TrackerTaskStatus.IN_REVIEW, TrackerTaskPriority.LOW, null);

        List<Map<String, Object>> rows = tasks().groupBy(List.of("status"), inTeam(), Aggregations.count(),
                Filter.gte("_count", 2L), List.of(OrderBy.desc("_count")));
        List<Map<String, Object>> dated = tasks().groupBy(List.of("status"), inTeam(), Aggregations.count(),
                Filter.isNotNull("_max.dueDate"), List.of());

        assertThat(rows).containsExactly(
                Map.of("status", TrackerTaskStatus.DONE, "_count", 3L),
                Map.of("status", TrackerTaskStatus.IN_REVIEW, "_count", 2L));
        assertThat(dated).containsExactly(Map.of("status", TrackerTaskStatus.DONE, "_count", 3L));
    }

    @Test
    void aggregatesAreValidatedAgainstTheModel() {
        assertInvalid(() -> tasks().aggregate(inTeam(), Aggregations.none().sum("title")),
                "Invalid value for field _sum.title: must be a numeric field");
        assertInvalid(() -> tasks().aggregate(inTeam(), Aggregations.none().max("colour")),
                "Invalid value for field _max.colour: is not a field of TrackerTask");
        assertInvalid(() -> tasks().groupBy(List.of("project"), inTeam(), Aggregations.count(), List.of()),
                "Invalid value for field by.project: is a relation, not a value");
        assertInvalid(() -> tasks().groupBy(List.of("status"), inTeam(), Aggregations.count(),
                List.of(OrderBy.asc("title"))),
                "Invalid value for field orderBy.title: must be a grouped field, _count or _count/_sum/_avg/_min/_max.<field>");
        assertInvalid(() -> tasks().groupBy(List.of("status"), inTeam(), Aggregations.count(),
                Filter.gt("_avg.title", 1.0), List.of()), "Invalid value for field having._avg.title: must be a numeric field");
    }

    private static void assertInvalid(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private Filter inTeam() {
        return Filter.is("project", Filter.eq("teamId", team));
    }

    private ModelDelegate<TrackerTask> tasks() {
        return db.model(TrackerTask.class);
    }

    private TrackerProject project() {
        TrackerProject project = new TrackerProject();
        project.name = "P";
        project.ownerId = "owner";
        project.teamId = team;
        return db.model(TrackerProject.class).create(project);
    }

    private void task(TrackerProject project, TrackerTaskStatus status, TrackerTaskPriority priority, String due) {
        TrackerTask task = new TrackerTask();
        task.title = "task";
        task.status = status;
        task.priority = priority;
        task.dueDate = due == null ? null : Instant.parse(due);
        task.project = project;
        db.model(TrackerTask.class).create(task);
    }
}
