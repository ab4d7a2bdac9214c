package io.naap.tracker;

import static io.naap.tracker.Team.PROJECTS;
import static io.naap.tracker.Team.TASKS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.naap.db.testing.http.Envelopes;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TaskRoutesTest {

    private static final String ASSIGNEE = "3d58ce20-fe80-4793-80b2-21905baa60b3";
    private static final String PROJECTION_TASKS = "/api/v1/task-tracker/_data/TrackerTask";

    @Test
    void aTaskIsCreatedWithTheSeedsDefaults() {
        Team team = new Team();
        String project = team.createProject("P");
        team.request().body(Map.of("title", "Write docs", "projectId", project, "id", "mine", "status", "DONE"))
                .post(TASKS).then().statusCode(201)
                .body("success", is(true))
                .body("data.title", is("Write docs"))
                .body("data.status", is("TODO"))
                .body("data.priority", is("MEDIUM"))
                .body("data.description", nullValue())
                .body("data.assigneeId", nullValue())
                .body("data.dueDate", nullValue())
                .body("data.overdue", is(false))
                .body("data.projectId", is(project))
                .body("data.id", not(is("mine")));
    }

    @Test
    void aTaskWithEveryFieldKeepsThemAndTheDueDateInUtcMilliseconds() {
        Team team = new Team();
        String project = team.createProject("P");
        team.request().body(Map.of("title", "Full", "description", "All set", "priority", "URGENT",
                "assigneeId", ASSIGNEE, "dueDate", "2025-09-01T14:00:00+02:00", "projectId", project))
                .post(TASKS).then().statusCode(201)
                .body("data.priority", is("URGENT"))
                .body("data.description", is("All set"))
                .body("data.assigneeId", is(ASSIGNEE))
                .body("data.dueDate", is("2025-09-01T12:00:00.000Z"))
                .body("data.overdue", is(true));
    }

    @Test
    void aTaskIsOverdueWhenItsDueDateHasPassedAndItIsNotDone() {
        Team team = new Team();
        String project = team.createProject("P");
        String late = team.request().body(Map.of("title", "late", "dueDate", "2020-01-01T00:00:00Z", "projectId", project))
                .post(TASKS).then().statusCode(201).body("data.overdue", is(true)).extract().path("data.id");
        team.request().body(Map.of("title", "later", "dueDate", "2999-01-01T00:00:00Z", "projectId", project))
                .post(TASKS).then().statusCode(201).body("data.overdue", is(false));

        team.request().body(Map.of("status", "DONE")).patch(TASKS + "/" + late + "/status").then().statusCode(200)
                .body("data.overdue", is(false));
        team.request().get("/api/v1/task-tracker/projects/" + project).then().statusCode(200)
                .body("data.tasks.overdue", contains(false, false));
    }

    @Test
    void theTaskBodyIsValidatedAsTheSeedSays() {
        Team team = new Team();
        String project = team.createProject("P");
        invalidCreate(team, Map.of("projectId", project), "title");
        invalidCreate(team, Map.of("title", "", "projectId", project), "title");
        invalidCreate(team, Map.of("title", "x".repeat(501), "projectId", project), "title");
        invalidCreate(team, Map.of("title", "t"), "projectId");
        invalidCreate(team, Map.of("title", "t", "projectId", "not-a-uuid"), "projectId");
        invalidCreate(team, Map.of("title", "t", "projectId", project, "priority", "CRITICAL"), "priority");
        invalidCreate(team, Map.of("title", "t", "projectId", project, "assigneeId", "bob"), "assigneeId");
        invalidCreate(team, Map.of("title", "t", "projectId", project, "dueDate", "tomorrow"), "dueDate");
        invalidCreate(team, Map.of("title", "t", "projectId", project, "dueDate", 1756728000), "dueDate");
        invalidCreate(team, Map.of("title", true, "projectId", project), "title");
        assertError(team.request().body("{\"title\":\"t\",\"projectId\":\"" + project + "\",\"assigneeId\":null}")
                .post(TASKS).then(), 400, "VALIDATION_ERROR").body("error.details.fields.field", hasItem("assigneeId"));
        team.request().get(TASKS + "?projectId=" + project).then().body("data", empty());
    }

    /** Under the 1 MiB body limit, so it is the title's bound that answers, not the body's. */
    @Test
    void aTitleOf900KbIsAValidationErrorNamingTitle() {
        Team team = new Team();
        String project = team.createProject("P");
        invalidCreate(team, Map.of("title", "t".repeat(900_000), "projectId", project), "title");
        team.request().get(TASKS + "?projectId=" + project).then().body("data", empty());
    }

    /** The tracker's client extension reaches the REST projection too, computing overdue only from what was read. */
    @Test
    void theProjectionsTasksCarryOverdueWhenItsFieldsAreRead() {
        Team team = new Team();
        String project = team.createProject("P");
        team.request().body(Map.of("title", "On time", "projectId", project)).post(PROJECTION_TASKS).then()
                .statusCode(201).body("data.overdue", is(false));
        team.request().body(Map.of("title", "Late", "projectId", project, "dueDate", "2020-01-01T00:00:00.000Z"))
                .post(PROJECTION_TASKS).then().statusCode(201).body("data.overdue", is(true));
        team.request().queryParam("select", "title,dueDate,status").queryParam("orderBy", "{\"title\": \"asc\"}")
                .get(PROJECTION_TASKS).then().statusCode(200)
                .body("data.title", contains("Late", "On time")).body("data.overdue", contains(true, false));
        team.request().queryParam("select", "title").get(PROJECTION_TASKS).then().statusCode(200)
                .body("data[0]", not(hasKey("overdue"))).body("data[1]", not(hasKey("overdue")));
    }

    @Test
    void aTaskInAProjectThatDoesNotExistIsNotFound() {
        Team team = new Team();
        assertError(team.request().body(Map.of("title", "t", "projectId", UUID.randomUUID().toString()))
                .post(TASKS).then(), 404, "NOT_FOUND").body("error.message", is("No TrackerProject found"));
    }

    @Test
    void tasksAreListedMostUrgentFirstThenNewestFirst() {
        Team team = new Team();
        String project = team.createProject("P");
        String lowOld = team.createTask(project, Map.of("priority", "LOW"));
        String urgent = team.createTask(project, Map.of("priority", "URGENT"));
        String mediumOld = team.createTask(project, Map.of("priority", "MEDIUM"));
        String high = team.createTask(project, Map.of("priority", "HIGH"));
        String mediumNew = team.createTask(project, Map.of("priority", "MEDIUM"));
        String lowNew = team.createTask(project, Map.of("priority", "LOW"));

        team.request().get(TASKS + "?projectId=" + project).then().statusCode(200)
                .body("data.id", contains(urgent, high, mediumNew, mediumOld, lowNew, lowOld));
    }

    @Test
    void tasksCanBeFilteredByStatusAndAssignee() {
        Team team = new Team();
        String project = team.createProject("P");
        String assigned = team.createTask(project, Map.of("assigneeId", ASSIGNEE));
        String done = team.createTask(project, Map.of());
        team.request().body(Map.of("status", "DONE")).patch(TASKS + "/" + done + "/status").then().statusCode(200);

        team.request().get(TASKS + "?projectId=" + project + "&status=DONE").then().body("data.id", contains(done));
        team.request().get(TASKS + "?projectId=" + project + "&assigneeId=" + ASSIGNEE)
                .then().body("data.id", contains(assigned));
        team.request().get(TASKS + "?status=DONE").then().body("data.id", contains(done));
        assertError(team.request().get(TASKS + "?status=FINISHED").then(), 400, "VALIDATION_ERROR")
                .body("error.details.fields.field", hasItem("status"));
        assertError(team.request().get(TASKS + "?assigneeId=bob").then(), 400, "VALIDATION_ERROR");
        assertError(team.request().get(TASKS + "?projectId=nope").then(), 400, "VALIDATION_ERROR");
        assertError(team.request().get(TASKS + "?projectId=" + UUID.randomUUID()).then(), 404, "NOT_FOUND");
    }

    @Test
    void updatingATaskChangesTheGivenFieldsAndNullClearsAssigneeAndDueDate() {
        Team team = new Team();
        String project = team.createProject("P");
        String other = team.createProject("Other");
        String task = team.createTask(project, Map.of("title", "Old", "assigneeId", ASSIGNEE,
                "dueDate", "2025-09-01T12:00:00.000Z", "description", "keep"));

        Map<String, Object> patch = new HashMap<>();
        patch.put("title", "New");
        patch.put("priority", "HIGH");
        patch.put("assigneeId", null);
        patch.put("dueDate", null);
        patch.put("projectId", other);
        team.request().body(patch).patch(TASKS + "/" + task).then().statusCode(200)
                .body("data.title", is("New"))
                .body("data.priority", is("HIGH"))
                .body("data.description", is("keep"))
                .body("data.assigneeId", nullValue())
                .body("data.dueDate", nullValue())
                .body("data.overdue", is(false))
                .body("data.projectId", is(project));

        team.request().body(Map.of("assigneeId", ASSIGNEE, "dueDate", "2026-01-01T00:00:00Z"))
                .patch(TASKS + "/" + task).then().statusCode(200)
                .body("data.assigneeId", is(ASSIGNEE)).body("data.dueDate", is("2026-01-01T00:00:00.000Z"))
                .body("data.title", is("New"));
    }

    @Test
    void aTaskUpdateIsValidated() {
        Team team = new Team();
        String task = team.createTask(team.createProject("P"), Map.of("title", "Stays"));
        for (String body : new String[] { "{\"title\":null}", "{\"title\":\"\"}", "{\"status\":\"LATER\"}",
                "{\"priority\":null}", "{\"assigneeId\":\"bob\"}", "{\"dueDate\":\"soon\"}", "{\"description\":null}" }) {
            assertError(team.request().body(body).patch(TASKS + "/" + task).then(), 400, "VALIDATION_ERROR");
        }
        team.request().get(TASKS + "?status=TODO").then().body("data.title", contains("Stays"));
    }

    @Test
    void theStatusRouteMovesATaskAndValidatesTheStatus() {
        Team team = new Team();
        String task = team.createTask(team.createProject("P"), Map.of());

        team.request().body(Map.of("status", "IN_REVIEW")).patch(TASKS + "/" + task + "/status")
                .then().statusCode(200).body("data.status", is("IN_REVIEW"));
        assertError(team.request().body(Map.of("status", "SHIPPED")).patch(TASKS + "/" + task + "/status").then(),
                400, "VALIDATION_ERROR");
        assertError(team.request().body(Map.of()).patch(TASKS + "/" + task + "/status").then(),
                400, "VALIDATION_ERROR").body("error.details.fields.field", hasItem("status"));
        assertError(team.request().body(Map.of("status", "DONE")).patch(TASKS + "/" + UUID.randomUUID() + "/status")
                .then(), 404, "NOT_FOUND").body("error.message", is("No TrackerTask found"));
    }

    @Test
    void aDeletedTaskIsGone() {
        Team team = new Team();
        String project = team.createProject("P");
        String task = team.createTask(project, Map.of());

        team.request().delete(TASKS + "/" + task).then().statusCode(200).body("success", is(true));

        team.request().get(PROJECTS + "/" + project).then().body("data.tasks", empty());
        assertError(team.request().delete(TASKS + "/" + task).then(), 404, "NOT_FOUND");
        assertError(team.request().body(Map.of("title", "x")).patch(TASKS + "/" + task).then(), 404, "NOT_FOUND");
    }

    private static void invalidCreate(Team team, Map<String, Object> body, String field) {
        Envelopes.assertInvalidField(team.request().body(body).post(TASKS).then(), field);
    }
}
