package io.naap.db.it;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.naap.db.testing.PlatformIdentities;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A caller of the fixture's HTTP API: a fresh user, member of a fresh team, with a session of the platform written to
 * the test database, so tests never see each other's data and authenticate for real. Its requests carry the session
 * as a Bearer token and, for headers mode, the user as {@code x-user-id}; both name the team with {@code x-team-id}.
 * The fixture has no routes of its own, so records are written through the REST projection. (Not named
 * {@code Caller}: that is the extension's verified caller, {@link io.naap.db.rest.Caller}.)
 */
final class TeamCaller {

    static final String PROJECTS = "/api/v1/task-tracker/_data/TrackerProject";
    static final String TASKS = "/api/v1/task-tracker/_data/TrackerTask";

    final String teamId;
    final String userId;
    final String token;

    TeamCaller() {
        PlatformIdentities.Member member = PlatformIdentities.current().member();
        this.teamId = member.teamId();
        this.userId = member.userId();
        this.token = member.token();
    }

    RequestSpecification request() {
        return given().header("x-team-id", teamId).header("x-user-id", userId).header("Authorization", bearer())
                .contentType(ContentType.JSON);
    }

    String bearer() {
        return "Bearer " + token;
    }

    /** A project of the team, created through the projection; its id. */
    String createProject(String name) {
        return request().body(Map.of("name", name)).post(PROJECTS)
                .then().statusCode(201).extract().path("data.id");
    }

    /** A task of {@code projectId} with {@code fields} (the title "A task" unless given), created through the projection; its id. */
    String createTask(String projectId, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("projectId", projectId);
        body.putIfAbsent("title", "A task");
        return request().body(body).post(TASKS).then().statusCode(201).extract().path("data.id");
    }
}
