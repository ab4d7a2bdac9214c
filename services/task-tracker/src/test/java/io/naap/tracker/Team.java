package io.naap.tracker;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.naap.db.testing.PlatformIdentities;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A caller of the API: a fresh user, member of a fresh team, with a session of the platform written to the test
 * database, so tests never see each other's data and authenticate for real. Its requests carry the session as a
 * Bearer token and, for headers mode, the user as {@code x-user-id}; both name the team with {@code x-team-id}.
 */
final class Team {

    static final String PROJECTS = "/api/v1/task-tracker/projects";
    static final String TASKS = "/api/v1/task-tracker/tasks";

    final String teamId;
    final String userId;
    final String token;

    Team() {
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

    String createProject(String name) {
        return request().body(Map.of("name", name)).post(PROJECTS)
                .then().statusCode(201).extract().path("data.id");
    }

    String createTask(String projectId, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("projectId", projectId);
        body.putIfAbsent("title", "A task");
        return request().body(body).post(TASKS).then().statusCode(201).extract().path("data.id");
    }
}
