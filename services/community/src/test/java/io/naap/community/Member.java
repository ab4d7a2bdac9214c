package io.naap.community;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.naap.db.testing.PlatformIdentities;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A platform user with a real session written to the test database, so tests authenticate as the platform's shell
 * would have them and never see each other's profiles.
 */
final class Member {

    static final String API = "/api/v1/community";
    static final String POSTS = API + "/posts";

    final String userId;
    final String token;

    private Member(String userId) {
        this.userId = userId;
        this.token = PlatformIdentities.current().session(userId);
    }

    static Member create() {
        return new Member(PlatformIdentities.current().user());
    }

    /** A user holding {@code role}, e.g. {@code community:admin}. */
    static Member withRole(String role) {
        String user = PlatformIdentities.current().user();
        PlatformIdentities.current().grantRole(user, role);
        return new Member(user);
    }

    RequestSpecification request() {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    String post(String title, String content, String postType, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("content", content);
        body.put("postType", postType);
        body.put("tags", tags);
        return request().body(body).post(POSTS).then().statusCode(200).extract().path("data.post.id");
    }

    String post(String title) {
        return post(title, "Content of " + title, "QUESTION", List.of());
    }

    String comment(String postId, String content) {
        return request().body(Map.of("content", content)).post(POSTS + "/" + postId + "/comments")
                .then().statusCode(200).extract().path("data.comment.id");
    }
}
