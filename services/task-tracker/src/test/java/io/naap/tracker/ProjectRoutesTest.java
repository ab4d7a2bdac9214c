package io.naap.tracker;

import static io.naap.tracker.Team.PROJECTS;
import static io.naap.tracker.Team.TASKS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.naap.db.testing.http.Envelopes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.naap.db.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectRoutesTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final DataSource dataSource = TestDatabase.dataSource();

    @Test
    void creatingAProjectReturnsItWithServerOwnedFieldsTheClientCannotSet() {
        Team team = new Team();
        team.request()
                .body(Map.of("name", "Apollo", "description", "Moon", "id", "mine", "teamId", "other-team",
                        "ownerId", "someone", "createdAt", "2000-01-01T00:00:00.000Z", "status", "ARCHIVED"))
                .post(PROJECTS)
                .then().statusCode(201)
                .body("success", is(true))
                .body("data.id", matchesPattern(UUID_PATTERN))
                .body("data.name", is("Apollo"))
                .body("data.description", is("Moon"))
                .body("data.status", is("ACTIVE"))
                .body("data.teamId", is(team.teamId))
                .body("data.ownerId", is(team.userId))
                .body("data.createdAt", matchesPattern(Envelopes.ISO_MILLIS))
                .body("data.updatedAt", matchesPattern(Envelopes.ISO_MILLIS));
    }

    @Test
    void aProjectWithoutDescriptionHasANullDescription() {
        Team team = new Team();
        team.request().body(Map.of("name", "Bare")).post(PROJECTS)
                .then().statusCode(201).body("data", hasKey("description")).body("data.description", nullValue());
    }

    @Test
    void theListShowsTheTeamsProjectsNewestFirstWithTaskAndDoneCountsAndNoTasks() {
        Team team = new Team();
        String older = team.createProject("Older");
        String newer = team.createProject("Newer");
        team.createTask(older, Map.of());
        String done = team.createTask(older, Map.of());
        team.createTask(older, Map.of());
        team.request().body(Map.of("status", "DONE")).patch(TASKS + "/" + done + "/status").then().statusCode(200);

        team.request().get(PROJECTS).then().statusCode(200)
                .body("data.id", contains(newer, older))
                .body("data[0].taskCount", is(0))
                .body("data[0].doneCount", is(0))
                .body("data[1].taskCount", is(3))
                .body("data[1].doneCount", is(1))
                .body("data[1]", not(hasKey("tasks")));
    }

    @Test
    void aProjectsDetailIncludesItsTasksNewestFirst() {
        Team team = new Team();
        String project = team.createProject("Detail");
        String first = team.createTask(project, Map.of("title", "first"));
        String second = team.createTask(project, Map.of("title", "second"));

        team.request().get(PROJECTS + "/" + project).then().statusCode(200)
                .body("data.id", is(project))
                .body("data.name", is("Detail"))
                .body("data.tasks.id", contains(second, first))
                .body("data.tasks[0].projectId", is(project));
    }

    @Test
    void updatingAProjectChangesOnlyTheGivenFieldsAndItsUpdatedAt() throws InterruptedException {
        Team team = new Team();
        Map<String, Object> created = team.request().body(Map.of("name", "Before", "description", "keep"))
                .post(PROJECTS).then().statusCode(201).extract().path("data");
        Thread.sleep(5);

        Map<String, Object> updated = team.request().body(Map.of("name", "After", "status", "COMPLETED", "teamId", "x"))
                .patch(PROJECTS + "/" + created.get("id")).then().statusCode(200).extract().path("data");

        assertThat(updated).containsEntry("name", "After").containsEntry("description", "keep")
                .containsEntry("status", "COMPLETED").containsEntry("teamId", team.teamId)
                .containsEntry("createdAt", created.get("createdAt"));
        assertThat(Instant.parse((String) updated.get("updatedAt")))
                .isAfter(Instant.parse((String) created.get("updatedAt")));
        team.request().get(PROJECTS + "/" + created.get("id")).then().body("data.name", is("After"));
    }

    @Test
    void deletingAProjectDeletesItsTasks() throws SQLException {
        Team team = new Team();
        String project = team.createProject("Doomed");
        team.createTask(project, Map.of());
        team.createTask(project, Map.of());
        assertThat(tasksOf(project)).isEqualTo(2);

        team.request().delete(PROJECTS + "/" + project).then().statusCode(200)
                .body("success", is(true)).body("$", not(hasKey("data")));

        assertThat(tasksOf(project)).isZero();
        assertError(team.request().get(PROJECTS + "/" + project).then(), 404, "NOT_FOUND");
        assertError(team.request().delete(PROJECTS + "/" + project).then(), 404, "NOT_FOUND");
    }

    @Test
    void theProjectBodyIsValidatedAsTheSeedSays() {
        Team team = new Team();
        invalidCreate(team, Map.of(), "name");
        invalidCreate(team, Map.of("name", ""), "name");
        invalidCreate(team, Map.of("name", "x".repeat(201)), "name");
        invalidCreate(team, Map.of("name", 42), "name");
        invalidCreate(team, Map.of("name", "ok", "description", 7), "description");
        invalidCreate(team, Map.of("name", "ok", "description", "x".repeat(10_001)), "description");
        team.request().body(Map.of("name", "x".repeat(200))).post(PROJECTS).then().statusCode(201);

        String project = team.createProject("Valid");
        assertError(team.request().body("{\"name\": null}").patch(PROJECTS + "/" + project).then(), 400,
                "VALIDATION_ERROR").body("error.details.fields.field", hasItem("name"));
        assertError(team.request().body(Map.of("status", "DELETED")).patch(PROJECTS + "/" + project).then(), 400,
                "VALIDATION_ERROR").body("error.details.fields.field", hasItem("status"))
                .body("error.message", is("Invalid value for field status: must be one of ACTIVE, ARCHIVED, COMPLETED"));
        assertError(team.request().body(Map.of("name", "")).patch(PROJECTS + "/" + project).then(), 400,
                "VALIDATION_ERROR");
        team.request().get(PROJECTS + "/" + project).then().body("data.name", is("Valid")).body("data.status", is("ACTIVE"));
    }

    @Test
    void nonUuidProjectIdsAreRejected() {
        Team team = new Team();
        for (String path : new String[] { "/not-a-uuid", "/1", "/%27%20OR%201=1--" }) {
            assertError(team.request().get(PROJECTS + path).then(), 400, "VALIDATION_ERROR")
                    .body("error.details.fields.field", hasItem("id"));
        }
        assertError(team.request().delete(PROJECTS + "/abc").then(), 400, "VALIDATION_ERROR");
    }

    @Test
    void creatingAProjectNeedsTheCallingUser() {
        Team team = new Team();
        assertError(io.restassured.RestAssured.given().header("x-team-id", team.teamId)
                .contentType(io.restassured.http.ContentType.JSON).body(Map.of("name", "Orphan"))
                .post(PROJECTS).then(), 401, "UNAUTHORIZED");
        team.request().get(PROJECTS).then().body("data", org.hamcrest.Matchers.empty());
    }

    private static void invalidCreate(Team team, Map<String, Object> body, String field) {
        Envelopes.assertInvalidField(team.request().body(body).post(PROJECTS).then(), field);
    }

    private long tasksOf(String projectId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT count(*) FROM plugin_tracker.\"TrackerTask\" WHERE \"projectId\" = ?")) {
            s.setString(1, projectId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
