package io.naap.community;

import static io.naap.community.Member.POSTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The reputation ledger, levels, badges, votes and accepted answers. */
@QuarkusTest
class ReputationTest {

    private final Db db = new Db();

    @Test
    void aScriptedForumSessionLeavesExactlyThePointsOfWhatStands() {
        Member alice = Member.create();
        Member bob = Member.create();
        Member carol = Member.create();

        String post = alice.post("How do I run an orchestrator?");            // alice +5, first-post badge +5
        String bobs = bob.comment(post, "Like this");                          // bob +2
        String carols = carol.comment(post, "Or like that");                   // carol +2
        bob.request().post(POSTS + "/" + post + "/vote").then().statusCode(200)
                .body("data.upvotes", is(1)).body("data.voted", is(true));     // bob +10, alice +2
        bob.request().delete(POSTS + "/" + post + "/vote").then().statusCode(200)
                .body("data.upvotes", is(0)).body("data.voted", is(false));    // bob -10, alice -2
        assertThat(List.of(db.reputation(alice), db.reputation(bob), db.reputation(carol))).containsExactly(10L, 2L, 2L);

        alice.request().post(Member.API + "/comments/" + bobs + "/accept").then().statusCode(200)
                .body("data.isAccepted", is(true)).body("data.author.walletAddress", is(""));  // bob +15, alice +5
        alice.request().post(Member.API + "/comments/" + carols + "/accept").then().statusCode(200); // bob -15, carol +15
        alice.request().post(Member.API + "/comments/" + carols + "/accept").then().statusCode(200); // nothing again
        assertThat(List.of(db.reputation(alice), db.reputation(bob), db.reputation(carol))).containsExactly(15L, 2L, 17L);
        Member.anonymous().get(POSTS + "/" + post).then().statusCode(200)
                .body("data.isSolved", is(true)).body("data.acceptedAnswerId", is(carols))
                .body("data.comments[0].id", is(carols)).body("data.comments[0].isAccepted", is(true))
                .body("data.comments[1].isAccepted", is(false));

        carol.request().delete(Member.API + "/comments/" + carols).then().statusCode(200);  // carol -15
        Member.anonymous().get(POSTS + "/" + post).then().statusCode(200)
                .body("data.isSolved", is(false)).body("data.acceptedAnswerId", nullValue())
                .body("data.commentCount", is(1));
        alice.request().post(Member.API + "/comments/" + bobs + "/accept").then().statusCode(200); // bob +15, no solved

        assertThat(List.of(db.reputation(alice), db.reputation(bob), db.reputation(carol))).containsExactly(15L, 17L, 2L);
        for (Member member : List.of(alice, bob, carol)) {
            assertThat(db.ledgerSum(member)).isEqualTo(db.reputation(member));
            assertThat(db.level(member)).isEqualTo(1);
        }
        assertThat(db.ledgerRows(alice, "QUESTION_SOLVED")).isEqualTo(1);
        assertThat(db.ledgerRows(bob, "ANSWER_ACCEPTED")).isEqualTo(3);   // +15, -15, +15
        assertThat(db.ledgerRows(bob, "POST_UPVOTED")).isEqualTo(2);      // +10, -10
        assertThat(db.ledgerRows(alice, "BADGE_EARNED")).isEqualTo(1);
    }

    @Test
    void theLevelIsRecomputedOnEveryChangeOfReputation() {
        Member member = Member.create();
        member.post("First");                                              // 5 + first-post 5
        db.execute("UPDATE plugin_community.\"CommunityProfile\" SET reputation = 38 WHERE \"userId\" = ?1", member.userId);
        String post = member.post("Second");                               // 43
        member.comment(post, "and a comment");                             // 45
        assertThat(db.level(member)).isEqualTo(1);
        Member voter = Member.create();
        voter.request().post(POSTS + "/" + post + "/vote").then().statusCode(200);  // 47
        voter.request().delete(POSTS + "/" + post + "/vote").then().statusCode(200); // 45
        member.post("Third");                                              // 50
        assertThat(db.reputation(member)).isEqualTo(50);
        assertThat(db.level(member)).isEqualTo(2);

        db.execute("UPDATE plugin_community.\"CommunityProfile\" SET reputation = 2499 WHERE \"userId\" = ?1", member.userId);
        member.comment(post, "again");                                     // 2501: level 6, top-contributor +50, helpful +10
        assertThat(db.level(member)).isEqualTo(6);
        assertThat(db.reputation(member)).isEqualTo(2501 + 50 + 10);
    }

    @Test
    void badgesAreEarnedOnceWithTheirPoints() {
        Member member = Member.create();
        member.post("One");
        member.post("Two");
        assertThat(db.reputation(member)).isEqualTo(5 + 5 + 5);
        db.execute("UPDATE plugin_community.\"CommunityProfile\" SET reputation = 95 WHERE \"userId\" = ?1", member.userId);
        member.post("Three");                                              // 100: helpful +10
        member.post("Four");
        assertThat(db.reputation(member)).isEqualTo(100 + 10 + 5);
        assertThat(db.ledgerRows(member, "BADGE_EARNED")).isEqualTo(2);

        String profile = Member.anonymous().get(POSTS + "?limit=100").then().statusCode(200)
                .extract().path("data.posts.find { it.author.userId == '" + member.userId + "' }.author.id");
        Member.anonymous().get(Member.API + "/users/" + profile + "/badges").then().statusCode(200)
                .body("data.slug", org.hamcrest.Matchers.containsInAnyOrder("helpful", "first-post"));
        Member.anonymous().get(Member.API + "/users/" + profile).then().statusCode(200)
                .body("data.postCount", is(4)).body("data.levelName", is("Contributor"))
                .body("data.badges.size()", is(2));
    }

    @Test
    void threeAcceptedAnswersEarnProblemSolverAndQuestionSolvedIsPaidOncePerPost() {
        Member asker = Member.create();
        Member answerer = Member.create();
        for (int i = 0; i < 3; i++) {
            String post = asker.post("Question " + i);
            String first = answerer.comment(post, "answer " + i);
            String second = answerer.comment(post, "better answer " + i);
            asker.request().post(Member.API + "/comments/" + first + "/accept").then().statusCode(200);
            asker.request().post(Member.API + "/comments/" + second + "/accept").then().statusCode(200);
        }
        // answerer: 6 comments * 2 + 3 * 15 (moved, not doubled) + problem-solver 25
        assertThat(db.reputation(answerer)).isEqualTo(12 + 45 + 25);
        // asker: 3 posts * 5 + first-post 5 + 3 QUESTION_SOLVED * 5
        assertThat(db.reputation(asker)).isEqualTo(15 + 5 + 15);
        assertThat(db.ledgerRows(asker, "QUESTION_SOLVED")).isEqualTo(3);
    }

    @Test
    void onlyThePostsAuthorAcceptsAndAnswersAreVotedOnce() {
        Member asker = Member.create();
        Member other = Member.create();
        String post = asker.post("Q");
        String answer = other.comment(post, "A");
        assertError(other.request().post(Member.API + "/comments/" + answer + "/accept").then(), 403, "FORBIDDEN");
        assertError(Member.anonymous().post(Member.API + "/comments/" + answer + "/accept").then(), 401, "UNAUTHORIZED");
        assertError(asker.request().post(Member.API + "/comments/nope/accept").then(), 404, "NOT_FOUND");

        asker.request().post(Member.API + "/comments/" + answer + "/vote").then().statusCode(200)
                .body("data.upvotes", is(1));
        assertError(asker.request().post(Member.API + "/comments/" + answer + "/vote").then(), 400, "VALIDATION_ERROR")
                .body("error.message", is("Already voted on this comment"));
        assertThat(db.reputation(other)).isEqualTo(2 + 1);
        assertThat(db.reputation(asker)).isEqualTo(5 + 5 + 5);
        assertError(asker.request().delete(POSTS + "/" + post + "/vote").then(), 400, "VALIDATION_ERROR")
                .body("error.message", is("No vote to remove"));
    }

    @Test
    void thirtyTwoSimultaneousVotesOfOneUserLeaveOneVote() throws Exception {
        Member author = Member.create();
        Member voter = Member.create();
        String post = author.post("Vote for me");
        List<Integer> statuses = race(32, () -> voter.request().post(POSTS + "/" + post + "/vote").then()
                .extract().statusCode());

        assertThat(statuses).containsOnly(200, 400);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(db.number("SELECT upvotes FROM plugin_community.\"CommunityPost\" WHERE id = ?1", post)).isEqualTo(1);
        assertThat(db.number("SELECT count(*) FROM plugin_community.\"CommunityVote\" WHERE \"targetId\" = ?1", post))
                .isEqualTo(1);
        assertThat(db.reputation(voter)).isEqualTo(10);
        assertThat(db.reputation(author)).isEqualTo(5 + 5 + 2);
        assertThat(db.ledgerRows(voter, "POST_UPVOTED")).isEqualTo(1);
        assertThat(db.ledgerRows(author, "POST_RECEIVED_UPVOTE")).isEqualTo(1);
        Member.anonymous().get(POSTS + "/" + post + "/vote").then().body("data.voted", is(false));
        voter.request().get(POSTS + "/" + post + "/vote").then().body("data.voted", is(true));
        voter.request().get(POSTS + "?limit=100").then()
                .body("data.posts.find { it.id == '" + post + "' }.viewerHasVoted", is(true));
    }

    @Test
    void countersEqualWhatTheyCountUnderConcurrentRequests() throws Exception {
        Member author = Member.create();
        String post = author.post("Busy", "content", "DISCUSSION", List.of("Busy Tag " + author.userId));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(Member.create());
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = race(12, () -> {
            Member m = members.get(next.getAndIncrement());
            int a = m.request().body(Map.of("content", "hi")).post(POSTS + "/" + post + "/comments").statusCode();
            int b = m.request().post(POSTS + "/" + post + "/vote").statusCode();
            int c = Member.anonymous().get(POSTS + "/" + post).statusCode();
            return a == 200 && b == 200 && c == 200 ? 200 : 500;
        });
        assertThat(statuses).containsOnly(200);
        assertThat(db.number("SELECT \"commentCount\" FROM plugin_community.\"CommunityPost\" WHERE id = ?1", post))
                .isEqualTo(12).isEqualTo(db.number("SELECT count(*) FROM plugin_community.\"CommunityComment\""
                        + " WHERE \"postId\" = ?1", post));
        assertThat(db.number("SELECT upvotes FROM plugin_community.\"CommunityPost\" WHERE id = ?1", post)).isEqualTo(12);
        assertThat(db.number("SELECT \"viewCount\" FROM plugin_community.\"CommunityPost\" WHERE id = ?1", post))
                .isEqualTo(12);
        assertThat(db.number("SELECT \"usageCount\" FROM plugin_community.\"CommunityTag\" WHERE name = ?1",
                "Busy Tag " + author.userId)).isEqualTo(1);
        assertThat(db.reputation(author)).isEqualTo(db.ledgerSum(author)).isEqualTo(5 + 5 + 12 * 2);
    }

    static List<Integer> race(int n, java.util.concurrent.Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
