package io.naap.tracker;

import static io.naap.tracker.Team.PROJECTS;
import static io.naap.tracker.Team.TASKS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Another team's projects and tasks do not exist for the caller, on every route. */
@QuarkusTest
class TeamIsolationTest {

    @Test
    void anotherTeamsProjectsAndTasksAreInvisibleAndUntouchable() {
        Team owner = new Team();
        Team intruder = new Team();
        String project = owner.createProject("Secret");
        String task = owner.createTask(project, Map.of("title", "Secret task"));

        intruder.request().get(PROJECTS).then().statusCode(200).body("data", empty());
        intruder.request().get(TASKS).then().statusCode(200).body("data", empty());
        assertError(intruder.request().get(PROJECTS + "/" + project).then(), 404, "NOT_FOUND");
        assertError(intruder.request().get(TASKS + "?projectId=" + project).then(), 404, "NOT_FOUND");
        assertError(intruder.request().body(Map.of("name", "Hacked")).patch(PROJECTS + "/" + project).then(), 404,
                "NOT_FOUND");
        assertError(intruder.request().delete(PROJECTS + "/" + project).then(), 404, "NOT_FOUND");
        assertError(intruder.request().body(Map.of("title", "Planted", "projectId", project)).post(TASKS).then(), 404,
                "NOT_FOUND");
        assertError(intruder.request().body(Map.of("title", "Hacked")).patch(TASKS + "/" + task).then(), 404,
                "NOT_FOUND");
        assertError(intruder.request().body(Map.of("status", "DONE")).patch(TASKS + "/" + task + "/status").then(),
                404, "NOT_FOUND");
        assertError(intruder.request().delete(TASKS + "/" + task).then(), 404, "NOT_FOUND");

        owner.request().get(PROJECTS + "/" + project).then().statusCode(200)
                .body("data.name", is("Secret"))
                .body("data.tasks.title", contains("Secret task"))
                .body("data.tasks[0].status", is("TODO"));
    }

    /** A valid session is not enough: the team it names must be one its user belongs to. */
    @Test
    void aValidSessionNamingATeamItsUserIsNotInIsForbiddenAndTheMembersOwnIsServed() {
        Team owner = new Team();
        Team intruder = new Team();
        String project = owner.createProject("Guarded");
        String task = owner.createTask(project, Map.of("title", "Guarded task"));
        String[][] routes = { { "GET", PROJECTS }, { "GET", PROJECTS + "/" + project }, { "GET", TASKS },
                { "GET", TASKS + "?projectId=" + project }, { "PATCH", PROJECTS + "/" + project },
                { "PATCH", TASKS + "/" + task }, { "PATCH", TASKS + "/" + task + "/status" },
                { "GET", "/api/v1/task-tracker/_data/TrackerProject/" + project } };
        Map<String, String> bodies = Map.of(PROJECTS + "/" + project, "{\"name\":\"Renamed\"}",
                TASKS + "/" + task, "{\"title\":\"Renamed\"}", TASKS + "/" + task + "/status", "{\"status\":\"DONE\"}");

        for (String[] route : routes) {
            String body = bodies.getOrDefault(route[1], "{}");
            assertError(given().header("Authorization", intruder.bearer()).header("x-team-id", owner.teamId)
                    .contentType(ContentType.JSON).body(body).request(route[0], route[1]).then(), 403, "FORBIDDEN");
            given().header("Authorization", owner.bearer()).header("x-team-id", owner.teamId)
                    .contentType(ContentType.JSON).body(body).request(route[0], route[1]).then().statusCode(200);
        }
        assertError(given().header("Authorization", intruder.bearer()).header("x-team-id", owner.teamId)
                .delete(PROJECTS + "/" + project).then(), 403, "FORBIDDEN");
        given().header("Authorization", owner.bearer()).header("x-team-id", owner.teamId)
                .delete(PROJECTS + "/" + project).then().statusCode(200);
    }

    @Test
    void everyPluginRouteNeedsATeam() {
        String id = "3d58ce20-fe80-4793-80b2-21905baa60b3";
        String[][] routes = { { "GET", PROJECTS }, { "POST", PROJECTS }, { "GET", PROJECTS + "/" + id },
                { "PATCH", PROJECTS + "/" + id }, { "DELETE", PROJECTS + "/" + id }, { "GET", TASKS },
                { "POST", TASKS }, { "PATCH", TASKS + "/" + id }, { "PATCH", TASKS + "/" + id + "/status" },
                { "DELETE", TASKS + "/" + id } };
        for (String[] route : routes) {
            assertError(given().header("x-user-id", "u").contentType(ContentType.JSON).body("{}")
                    .request(route[0], route[1]).then(), 401, "UNAUTHORIZED");
            assertError(given().header("x-team-id", "").contentType(ContentType.JSON).body("{}")
                    .request(route[0], route[1]).then(), 401, "UNAUTHORIZED");
        }
    }
}
