package io.naap.community;

import static io.naap.community.Member.POSTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Posts: shapes, filters, pagination, ownership and bad input. */
@QuarkusTest
class PostRoutesTest {

    private final Db db = new Db();

    @Test
    void anonymousReadsWorkWithoutAToken() {
        Member.create().post("Anything");
        Member.anonymous().get(POSTS + "?limit=1").then().statusCode(200).body("success", is(true))
                .body("data.posts", hasSize(1)).body("meta.pageSize", is(1)).body("meta.page", is(1));
        Member.anonymous().header("Authorization", "Bearer not-a-session").get(POSTS + "?limit=1").then().statusCode(200)
                .body("data.posts[0].viewerHasVoted", is(false));
        Member.anonymous().get(Member.API + "/stats").then().statusCode(200).body("success", is(true));
    }

    @Test
    void writesNeedAValidSession() {
        assertError(Member.anonymous().body(Map.of("title", "t", "content", "c")).post(POSTS).then(), 401, "UNAUTHORIZED")
                .body("error.message", is("No auth token provided"));
        assertError(Member.anonymous().header("Authorization", "Bearer nope").body(Map.of("title", "t", "content", "c"))
                .post(POSTS).then(), 401, "UNAUTHORIZED").body("error.message", is("Invalid or expired session"));
        assertError(Member.anonymous().delete(POSTS + "/00000000-0000-0000-0000-000000000000").then(), 401, "UNAUTHORIZED");
        assertError(Member.anonymous().post(POSTS + "/x/vote").then(), 401, "UNAUTHORIZED");
    }

    @Test
    void aPostIsListedWithItsShapeTruncatedContentAndTags() {
        Member author = Member.create();
        String tag = "Tag " + author.userId.substring(0, 8);
        String id = author.post("Long one", "x".repeat(450), "question", List.of(tag));
        Member.anonymous().get(POSTS + "?limit=100").then().statusCode(200)
                .body("data.posts.find { it.id == '" + id + "' }.content", is("x".repeat(400) + "…"))
                .body("data.posts.find { it.id == '" + id + "' }.postType", is("QUESTION"))
                .body("data.posts.find { it.id == '" + id + "' }.author.userId", is(author.userId))
                .body("data.posts.find { it.id == '" + id + "' }.author.user.displayName",
                        org.hamcrest.Matchers.startsWith("User "))
                .body("data.posts.find { it.id == '" + id + "' }.tags.name", contains(tag))
                .body("data.posts.find { it.id == '" + id + "' }.tags[0].slug", is(tag.toLowerCase().replace(' ', '-')));
        Member.anonymous().get(POSTS + "/" + id).then().statusCode(200)
                .body("data.content", is("x".repeat(450))).body("data.viewCount", is(0))
                .body("data.postTags[0].tag.name", is(tag)).body("data.createdAt", org.hamcrest.Matchers.matchesPattern(
                        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
        Member.anonymous().get(POSTS + "/" + id).then().body("data.viewCount", is(1));
        assertError(Member.anonymous().get(POSTS + "/00000000-0000-0000-0000-000000000000").then(), 404, "NOT_FOUND")
                .body("error.message", is("Post not found"));
    }

    @Test
    void pinnedPostsComeFirstAndFiltersAndPagesApply() {
        Member author = Member.create();
        String category = "ai-pipelines";
        String older = author.post("Pinned", "c", "SHOWCASE", List.of());
        String newer = author.post("Newer", "c", "SHOWCASE", List.of());
        db.execute("UPDATE plugin_community.\"CommunityPost\" SET \"isPinned\" = true, category = 'AI_PIPELINES'"
                + " WHERE id = ?1", older);
        db.execute("UPDATE plugin_community.\"CommunityPost\" SET category = 'AI_PIPELINES' WHERE id = ?1", newer);
        Member.anonymous().get(POSTS + "?limit=2").then().statusCode(200).body("data.posts[0].id", is(older));
        List<String> ids = Member.anonymous().get(POSTS + "?category=" + category + "&postType=showcase&pageSize=100")
                .then().statusCode(200).extract().path("data.posts.id");
        assertThat(ids.indexOf(older)).isLessThan(ids.indexOf(newer));
        Member.anonymous().get(POSTS + "?limit=500&offset=-3").then().statusCode(200)
                .body("meta.pageSize", is(100)).body("meta.page", is(1));
        Member.anonymous().get(POSTS + "?page=0&pageSize=0").then().statusCode(200)
                .body("meta.page", is(1)).body("meta.pageSize", is(1));
        long total = db.number("SELECT count(*) FROM plugin_community.\"CommunityPost\"");
        Member.anonymous().get(POSTS + "?limit=1&offset=1").then().statusCode(200)
                .body("meta.page", is(2)).body("meta.totalPages", is((int) total));
        Member.anonymous().get(POSTS + "?sort=unanswered&limit=100").then().statusCode(200)
                .body("data.posts.postType", org.hamcrest.Matchers.everyItem(is("QUESTION")))
                .body("data.posts.commentCount", org.hamcrest.Matchers.everyItem(is(0)));
    }

    @Test
    void theAuthorOrAnAdminEditsAndDeletes() {
        Member author = Member.create();
        Member other = Member.create();
        Member admin = Member.withRole("community:admin");
        String id = author.post("Mine");
        assertError(other.request().body(Map.of("title", "Theirs")).put(POSTS + "/" + id).then(), 403, "FORBIDDEN")
                .body("error.message", is("Not authorized to edit this post"));
        author.request().body(Map.of("title", "Still mine", "category", "governance")).put(POSTS + "/" + id).then()
                .statusCode(200).body("data.post.title", is("Still mine")).body("data.post.category", is("GOVERNANCE"))
                .body("data.post.content", is("Content of Mine"));
        admin.request().body(Map.of("content", "Moderated")).put(POSTS + "/" + id).then().statusCode(200)
                .body("data.post.content", is("Moderated"));
        assertError(other.request().delete(POSTS + "/" + id).then(), 403, "FORBIDDEN");
        author.request().delete(POSTS + "/" + id).then().statusCode(200).body("data.deleted", is(true));
        assertError(author.request().delete(POSTS + "/" + id).then(), 404, "NOT_FOUND");
        String second = author.post("Second");
        Member.withRole("system:admin").request().delete(POSTS + "/" + second).then().statusCode(200);
    }

    @Test
    void commentsAreEditedAndDeletedByTheirAuthorOnly() {
        Member author = Member.create();
        Member other = Member.create();
        String post = author.post("Q");
        String comment = other.comment(post, "first");
        Member.anonymous().get(POSTS + "/" + post + "/comments").then().statusCode(200)
                .body("data.comments[0].content", is("first")).body("data.comments[0].author.userId", is(other.userId));
        Member.anonymous().get(POSTS + "/unknown/comments").then().statusCode(200).body("data.comments", hasSize(0));
        assertError(author.request().body(Map.of("content", "x")).put(Member.API + "/comments/" + comment).then(),
                403, "FORBIDDEN");
        other.request().body(Map.of("content", "edited")).put(Member.API + "/comments/" + comment).then()
                .statusCode(200).body("data.content", is("edited")).body("data.author.walletAddress", is(""));
        assertError(Member.withRole("system:admin").request().delete(Member.API + "/comments/" + comment).then(),
                403, "FORBIDDEN");
        other.request().delete(Member.API + "/comments/" + comment).then().statusCode(200);
        assertThat(db.number("SELECT \"commentCount\" FROM plugin_community.\"CommunityPost\" WHERE id = ?1", post))
                .isZero();
        assertError(other.request().body(Map.of("content", "x")).post(POSTS + "/nope/comments").then(), 404, "NOT_FOUND");
        assertError(other.request().body(Map.of("content", " ")).post(POSTS + "/" + post + "/comments").then(),
                400, "VALIDATION_ERROR");
    }

    @Test
    void badInputIsA400OrA413InTheEnvelopeNeverA500() {
        Member author = Member.create();
        Map<String, Object> body = new HashMap<>(Map.of("title", "t", "content", "c"));
        body.put("tags", List.of("Same", "same"));
        assertError(author.request().body(body).post(POSTS).then(), 400, "VALIDATION_ERROR");
        assertError(author.request().body(Map.of("title", "t", "content", "c", "postType", "POLL")).post(POSTS).then(),
                400, "VALIDATION_ERROR");
        assertError(author.request().body(Map.of("title", "t", "content", "c", "category", "NOPE")).post(POSTS).then(),
                400, "VALIDATION_ERROR");
        assertError(author.request().body(Map.of("title", "x".repeat(301), "content", "c")).post(POSTS).then(),
                400, "VALIDATION_ERROR");
        assertError(author.request().body(Map.of("title", "t", "content", "x".repeat(50_001))).post(POSTS).then(),
                400, "VALIDATION_ERROR");
        assertError(author.request().body(Map.of("title", "t", "content", "c", "tags", List.of("x".repeat(51))))
                .post(POSTS).then(), 400, "VALIDATION_ERROR");
        assertError(author.request().body(Map.of("title", "t", "content", "c", "tags",
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))).post(POSTS).then(), 400,
                "VALIDATION_ERROR");
        assertError(author.request().body(Map.of("title", "t")).post(POSTS).then(), 400, "VALIDATION_ERROR");
        assertError(author.request().body("{\"title\": \"t\", ").post(POSTS).then(), 400, "VALIDATION_ERROR");
        assertError(author.request().body("{\"title\": 5, \"content\": \"c\"}").post(POSTS).then(), 400,
                "VALIDATION_ERROR");
        assertError(author.request().body("{\"title\": \"t\", \"content\": \"" + "x".repeat(1_100_000) + "\"}")
                .post(POSTS).then(), 413, "PAYLOAD_TOO_LARGE");
        assertError(Member.anonymous().get(POSTS + "?limit=ten").then(), 400, "VALIDATION_ERROR");
        assertError(Member.anonymous().get(POSTS + "?page=1.5").then(), 400, "VALIDATION_ERROR");
        assertError(Member.anonymous().get(POSTS + "?category=nope").then(), 400, "VALIDATION_ERROR");
        assertError(Member.anonymous().get(POSTS + "?sort=best").then(), 400, "VALIDATION_ERROR");
        assertError(Member.anonymous().get(POSTS + "?solved=maybe").then(), 400, "VALIDATION_ERROR");
        assertError(Member.anonymous().get(Member.API + "/leaderboard?limit=x").then(), 400, "VALIDATION_ERROR");
        assertError(Member.anonymous().get(Member.API + "/tags?limit=1e3").then(), 400, "VALIDATION_ERROR");
        assertThat(db.number("SELECT count(*) FROM plugin_community.\"CommunityPost\" p JOIN"
                + " plugin_community.\"CommunityProfile\" pr ON pr.id = p.\"authorId\" WHERE pr.\"userId\" = ?1",
                author.userId)).isZero();
        author.request().body(Map.of("title", "t", "content", "c", "tags", List.of("Ok"), "category", "ai-pipelines"))
                .post(POSTS).then().statusCode(200).body("data.post.category", is("AI_PIPELINES"))
                .body("data.post.content", endsWith("c"));
    }
}
