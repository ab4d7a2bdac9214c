package io.naap.community;

import static io.naap.community.Member.API;
import static io.naap.community.Member.POSTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Tags, leaderboard, stats, search, badges and profiles. */
@QuarkusTest
class PublicRoutesTest {

    private final Db db = new Db();

    @Test
    void searchFindsWordsInTitleOrContentByPrefix() {
        Member author = Member.create();
        String word = "zq" + author.userId.substring(0, 8).replace("-", "");
        String tag = "search-" + word;
        String byTitle = author.post("About " + word + "ing things", "nothing", "QUESTION", List.of(tag));
        String byContent = author.post("Other", "the body mentions " + word.toUpperCase(), "DISCUSSION", List.of());
        author.post("Unrelated", "nothing here", "DISCUSSION", List.of());
        Member.create().request().post(POSTS + "/" + byContent + "/vote").then().statusCode(200);

        Member.anonymous().get(API + "/search?q=" + word).then().statusCode(200)
                .body("data.query", is(word)).body("data.total", is(2))
                .body("data.posts.id", contains(byContent, byTitle))
                .body("data.posts[0].author.walletAddress", is(""));
        Member.anonymous().get(API + "/search?q=" + word + "&tag=" + tag).then().statusCode(200)
                .body("data.posts.id", contains(byTitle));
        Member.anonymous().get(API + "/search?q=" + word + "&solved=true").then().statusCode(200).body("data.total", is(0));
        Member.anonymous().get(API + "/search?q=" + word + "&pageSize=1&page=2").then().statusCode(200)
                .body("data.posts.id", contains(byTitle)).body("data.total", is(2));
        Member.anonymous().get(POSTS + "?search=" + word + "&limit=100").then().statusCode(200)
                .body("data.posts", hasSize(2)).body("meta.total", is(2));
        assertError(Member.anonymous().get(API + "/search").then(), 400, "VALIDATION_ERROR")
                .body("error.message", is("Search query is required"));
        assertError(Member.anonymous().queryParam("q", "&|!():* ").get(API + "/search").then(), 400, "VALIDATION_ERROR");
    }

    @Test
    void tagsLeaderboardStatsAndBadgesAnswerInTheEnvelope() {
        Member author = Member.create();
        String tag = "Lead " + author.userId.substring(0, 8);
        author.post("a", "c", "QUESTION", List.of(tag));
        author.post("b", "c", "QUESTION", List.of(tag));
        // Above everyone else in the database, whichever tests ran on it before (the suite runs twice: jar and JVM).
        long top = db.number("SELECT coalesce(max(reputation), 0) + 1 FROM plugin_community.\"CommunityProfile\"");
        db.execute("UPDATE plugin_community.\"CommunityProfile\" SET reputation = ?1 WHERE \"userId\" = ?2",
                (int) top, author.userId);
        Member.anonymous().get(API + "/leaderboard?limit=1").then().statusCode(200).body("success", is(true))
                .body("data", hasSize(1)).body("data[0].userId", is(author.userId)).body("data[0].rank", is(1))
                .body("data[0].reputation", is((int) top));
        Member.anonymous().get(API + "/leaderboard?limit=500").then().statusCode(200);
        Member.anonymous().get(API + "/tags?limit=100").then().statusCode(200)
                .body("data.find { it.name == '" + tag + "' }.usageCount", is(2));
        Member.anonymous().get(API + "/badges").then().statusCode(200)
                .body("data.slug", contains("first-post", "problem-solver", "top-contributor", "popular", "helpful"));
        long posts = db.number("SELECT count(*) FROM plugin_community.\"CommunityPost\"");
        Member.anonymous().get(API + "/stats").then().statusCode(200).body("data.totalPosts", is((int) posts))
                .body("data.totalUsers", is((int) db.number("SELECT count(*) FROM plugin_community.\"CommunityProfile\"")));
    }

    @Test
    void profilesAreReadPubliclyAndEditedByTheirOwner() {
        Member owner = Member.create();
        owner.post("mine");
        String profile = Member.anonymous().get(POSTS + "?limit=100").then().extract()
                .path("data.posts.find { it.author.userId == '" + owner.userId + "' }.author.id");
        db.execute("UPDATE public.\"User\" SET address = ?1 WHERE id = ?2", "0x" + owner.userId, owner.userId);
        Member.anonymous().get(API + "/users/" + profile).then().statusCode(200)
                .body("data.id", is(profile)).body("data.walletAddress", is("0x" + owner.userId))
                .body("data.levelName", is("Newcomer")).body("data.postCount", is(1)).body("data.commentCount", is(0))
                .body("data.badges.slug", hasItem("first-post"));
        Member.anonymous().get(API + "/users/wallet/0x" + owner.userId).then().statusCode(200).body("data.id", is(profile));
        assertError(Member.anonymous().get(API + "/users/wallet/0xnobody").then(), 404, "NOT_FOUND");
        assertError(Member.anonymous().get(API + "/users/nobody").then(), 404, "NOT_FOUND");
        assertError(Member.anonymous().get(API + "/users/nobody/badges").then(), 404, "NOT_FOUND");
        assertError(Member.create().request().body(Map.of("bio", "x")).put(API + "/users/" + profile).then(),
                403, "FORBIDDEN");
        owner.request().body(Map.of("bio", "Hello", "displayName", "Owner")).put(API + "/users/" + profile).then()
                .statusCode(200).body("data.bio", is("Hello")).body("data.displayName", is("Owner"));
        assertThat(db.number("SELECT count(*) FROM public.\"User\" WHERE id = ?1 AND bio = 'Hello'", owner.userId))
                .isEqualTo(1);
    }

    @Test
    void noTeamIsAskedForAndTheDataProjectionIsNotServed() {
        Member.anonymous().get(API + "/tags").then().statusCode(200);
        Member member = Member.create();
        assertError(member.request().get(API + "/_data/CommunityProfile").then(), 404, "NOT_FOUND");
        assertError(member.request().body(Map.of("reputation", 5)).post(API + "/_data/CommunityProfile").then(),
                404, "NOT_FOUND");
        Member.anonymous().get("/healthz").then().statusCode(200).body("service", is("community"));
        Member.anonymous().get("/q/health/ready").then().statusCode(200);
        Member.anonymous().get("/q/openapi").then().statusCode(200).body(not(is("")));
    }
}
