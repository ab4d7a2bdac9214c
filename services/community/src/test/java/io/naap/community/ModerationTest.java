package io.naap.community;

import static io.naap.community.Member.API;
import static io.naap.community.Member.POSTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Moderation and bans: admins only; a banned user cannot write. */
@QuarkusTest
class ModerationTest {

    @Test
    void moderationAndBansAnswer401ToAnonymousAnd403ToNonAdmins() {
        Member member = Member.create();
        assertError(Member.anonymous().body(Map.of("action", "close")).post(POSTS + "/nonexistent/moderate").then(),
                401, "UNAUTHORIZED");
        assertError(Member.anonymous().header("Authorization", "Bearer test-token").body(Map.of("action", "invalid_action"))
                .post(POSTS + "/nonexistent/moderate").then(), 401, "UNAUTHORIZED");
        assertError(member.request().body(Map.of("action", "close")).post(POSTS + "/nonexistent/moderate").then(),
                403, "FORBIDDEN").body("error.message", is("Admin permission required"));
        assertError(Member.anonymous().body(Map.of("banned", true, "reason", "test")).post(API + "/users/some-user-id/ban")
                .then(), 401, "UNAUTHORIZED");
        assertError(member.request().body(Map.of("banned", true)).post(API + "/users/some-user-id/ban").then(),
                403, "FORBIDDEN");
        assertError(Member.anonymous().header("Authorization", "Bearer bogus").body(Map.of("reason", "x"))
                .post(API + "/users/some-user-id/ban").then(), 401, "UNAUTHORIZED");
    }

    @Test
    void adminsCloseArchiveAndDeletePosts() {
        Member admin = Member.withRole("community:admin");
        String post = Member.create().post("To moderate");
        assertError(admin.request().body(Map.of("action", "invalid_action")).post(POSTS + "/" + post + "/moderate")
                .then(), 400, "VALIDATION_ERROR").body("error.message", is("action must be one of: delete, close, archive"));
        assertError(admin.request().body(Map.of("action", "close"))
                .post(POSTS + "/00000000-0000-0000-0000-000000000000/moderate").then(), 404, "NOT_FOUND");
        admin.request().body(Map.of("action", "close")).post(POSTS + "/" + post + "/moderate").then().statusCode(200)
                .body("data.post.status", is("CLOSED"));
        admin.request().body(Map.of("action", "archive")).post(POSTS + "/" + post + "/moderate").then().statusCode(200)
                .body("data.post.status", is("ARCHIVED"));
        admin.request().body(Map.of("action", "delete")).post(POSTS + "/" + post + "/moderate").then().statusCode(200)
                .body("data.deleted", is(true)).body("data.postId", is(post));
        assertError(Member.anonymous().get(POSTS + "/" + post).then(), 404, "NOT_FOUND");
    }

    @Test
    void aBannedUserCannotPostCommentVoteOrAcceptUntilUnbanned() {
        Member admin = Member.withRole("system:admin");
        Member banned = Member.create();
        String own = banned.post("Before the ban");
        Member other = Member.create();
        String post = other.post("Someone else's");
        String answer = other.comment(own, "an answer");

        assertError(admin.request().body(Map.of("banned", "yes")).post(API + "/users/" + banned.userId + "/ban").then(),
                400, "VALIDATION_ERROR").body("error.message", is("banned must be a boolean"));
        assertError(admin.request().body(Map.of("banned", true, "reason", 5)).post(API + "/users/" + banned.userId + "/ban")
                .then(), 400, "VALIDATION_ERROR").body("error.message", is("reason must be a string"));
        assertError(admin.request().body(Map.of("banned", true)).post(API + "/users/" + admin.userId + "/ban").then(),
                400, "VALIDATION_ERROR").body("error.message", is("Cannot ban yourself"));
        assertError(admin.request().body(Map.of("banned", true)).post(API + "/users/no-such-user/ban").then(),
                404, "NOT_FOUND").body("error.message", is("Community profile not found"));
        admin.request().body(Map.of("banned", true, "reason", "  spam  ")).post(API + "/users/" + banned.userId + "/ban")
                .then().statusCode(200).body("data.userId", is(banned.userId)).body("data.isBanned", is(true))
                .body("data.bannedReason", is("spam"))
                .body("data.bannedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));

        assertError(banned.request().body(Map.of("title", "t", "content", "c")).post(POSTS).then(), 403, "FORBIDDEN")
                .body("error.message", is("You are banned from posting in the community"));
        assertError(banned.request().body(Map.of("content", "c")).post(POSTS + "/" + post + "/comments").then(),
                403, "FORBIDDEN");
        assertError(banned.request().post(POSTS + "/" + post + "/vote").then(), 403, "FORBIDDEN");
        assertError(banned.request().post(API + "/comments/" + answer + "/vote").then(), 403, "FORBIDDEN");
        assertError(banned.request().post(API + "/comments/" + answer + "/accept").then(), 403, "FORBIDDEN");
        Member.anonymous().get(POSTS + "?limit=1").then().statusCode(200);

        admin.request().body(Map.of("banned", false)).post(API + "/users/" + banned.userId + "/ban").then()
                .statusCode(200).body("data.isBanned", is(false)).body("data.bannedAt", nullValue())
                .body("data.bannedReason", nullValue());
        banned.request().post(POSTS + "/" + post + "/vote").then().statusCode(200);
    }
}
