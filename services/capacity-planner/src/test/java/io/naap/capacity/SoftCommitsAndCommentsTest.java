package io.naap.capacity;

import static io.naap.db.testing.http.Envelopes.assertError;
import static io.naap.capacity.Api.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.naap.db.testing.http.Envelopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.naap.capacity.Api.Row;
import io.naap.capacity.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Soft commits (one per user and request, an atomic upsert) and comments. */
@QuarkusTest
class SoftCommitsAndCommentsTest {

    private static String commitPath(String id) {
        return Api.REQUESTS + "/" + id + "/commit";
    }

    @Test
    void aFirstCommitIsAddedALaterOneUpdatesItKeepingItsCreation() {
        User user = User.fresh();
        String id = new Row().insert();
        String created = user.request().body(Map.of()).post(commitPath(id)).then().statusCode(200)
                .body("data.action", is("added"))
                .body("data.commit.userId", is(user.id()))
                .body("data.commit.userName", is(user.displayName()))
                .body("data.commit.gpuCount", is(1))
                .body("data.commit.timestamp", matchesPattern(Envelopes.ISO_MILLIS))
                .extract().path("data.commit.timestamp");
        String commitId = user.request().body(Map.of("gpuCount", "7", "userName", "ignored")).post(commitPath(id))
                .then().statusCode(200)
                .body("data.action", is("updated"))
                .body("data.commit.gpuCount", is(7))
                .body("data.commit.userName", is(user.displayName()))
                .body("data.commit.timestamp", is(created))
                .extract().path("data.commit.id");
        assertThat(Api.count("SELECT count(*) FROM plugin_capacity.\"CapacitySoftCommit\" WHERE \"requestId\" = '"
                + id + "'")).isEqualTo(1);
        Api.anonymous().get(Api.REQUESTS + "/" + id).then().body("data.softCommits[0].id", is(commitId))
                .body("data.softCommits[0].gpuCount", is(7));
    }

    @Test
    void gpuCountIsAnIntegerFrom1To999() {
        User user = User.fresh();
        String id = new Row().insert();
        for (Object invalid : List.of(0, 1000, -1, 2.5, "many", true)) {
            assertInvalidField(user.request().body(Map.of("gpuCount", invalid)).post(commitPath(id)).then(),
                    "gpuCount");
        }
        user.request().body(Map.of("gpuCount", 999)).post(commitPath(id)).then().statusCode(200)
                .body("data.commit.gpuCount", is(999));
    }

    @Test
    void withdrawRemovesTheCallersCommitOnly() {
        User user = User.fresh();
        User other = User.fresh();
        String id = new Row().insert();
        user.request().body(Map.of("gpuCount", 2)).post(commitPath(id)).then().statusCode(200);
        other.request().body(Map.of("gpuCount", 3)).post(commitPath(id)).then().statusCode(200);
        user.request().body(Map.of("withdraw", true)).post(commitPath(id)).then().statusCode(200)
                .body("data.action", is("removed")).body("data.userId", is(user.id()))
                .body("data.userName", is(user.displayName()));
        // Withdrawing with no commit is no error.
        user.request().body(Map.of("withdraw", true)).post(commitPath(id)).then().statusCode(200)
                .body("data.action", is("removed")).body("data.userName", is(user.displayName()));
        Api.anonymous().get(Api.REQUESTS + "/" + id).then().body("data.softCommits.userId",
                org.hamcrest.Matchers.contains(other.id()));
        // A withdraw flag of false commits.
        user.request().body(Map.of("withdraw", false)).post(commitPath(id)).then().statusCode(200)
                .body("data.action", is("added"));
    }

    @Test
    void commitsToArchivedRequestsAreAllowed() {
        User user = User.fresh();
        String id = new Row().with(r -> r.status = "CLOSED").insert();
        user.request().body(Map.of()).post(commitPath(id)).then().statusCode(200).body("data.action", is("added"));
    }

    /** 32 commits of one user at once: one row; "added" exactly once, "updated" for the others, no error. */
    @Test
    void thirtyTwoSimultaneousCommitsOfOneUserLeaveOneRow() throws Exception {
        User user = User.fresh();
        String id = new Row().insert();
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int gpus = i + 1;
            Callable<Response> commit = () -> {
                start.await();
                return user.request().body(Map.of("gpuCount", gpus)).post(commitPath(id));
            };
            answers.add(pool.submit(commit));
        }
        start.countDown();
        List<String> actions = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            actions.add(response.path("data.action"));
        }
        pool.shutdown();

        assertThat(actions).filteredOn("added"::equals).hasSize(1);
        assertThat(actions).filteredOn("updated"::equals).hasSize(threads - 1);
        assertThat(Api.count("SELECT count(*) FROM plugin_capacity.\"CapacitySoftCommit\" WHERE \"requestId\" = '"
                + id + "'")).isEqualTo(1);
    }

    @Test
    void commentsTakeTheGivenAuthorOrTheCallersName() {
        User user = User.fresh();
        String id = new Row().insert();
        user.request().body(Map.of("text", "Looks good", "author", "Reviewer")).post(Api.REQUESTS + "/" + id
                + "/comments").then().statusCode(200)
                .body("success", is(true))
                .body("data.id", matchesPattern("[0-9a-f-]{36}"))
                .body("data.author", is("Reviewer"))
                .body("data.text", is("Looks good"))
                .body("data.timestamp", matchesPattern(Envelopes.ISO_MILLIS));
        user.request().body(Map.of("text", "Me", "author", "")).post(Api.REQUESTS + "/" + id + "/comments").then()
                .statusCode(200).body("data.author", is(user.displayName()));
    }

    @Test
    void aCommentNeedsBoundedTextCheckedBeforeTheRequestsExistence() {
        User user = User.fresh();
        String id = new Row().insert();
        String comments = Api.REQUESTS + "/" + id + "/comments";
        assertInvalidField(user.request().body(Map.of()).post(comments).then(), "text");
        assertInvalidField(user.request().body(Map.of("text", "")).post(comments).then(), "text");
        assertInvalidField(user.request().body(Map.of("text", "x".repeat(10_001))).post(comments).then(), "text");
        assertInvalidField(user.request().body(Map.of("text", "hi", "author", "x".repeat(201))).post(comments).then(),
                "author");
        assertInvalidField(user.request().body(Map.of()).post(Api.REQUESTS + "/" + Api.ZERO_ID + "/comments").then(),
                "text");
        assertError(user.request().body("{").post(comments).then(), 400, "VALIDATION_ERROR");
    }
}
