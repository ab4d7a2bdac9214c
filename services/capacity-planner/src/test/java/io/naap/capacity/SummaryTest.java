package io.naap.capacity;

import static io.naap.capacity.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.naap.capacity.Api.Row;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code GET /summary} over the active requests, and the statements the two read routes issue. Each test starts
 * from an empty table, since the summary is global.
 */
@QuarkusTest
class SummaryTest {

    private static final Instant NOW = Instant.now();

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void startEmpty() {
        Api.deleteAllRequests();
    }

    @Test
    void anEmptySetHasZerosAndNoLeaders() {
        new Row().with(r -> r.status = "CLOSED").insert();
        anonymous().get(Api.SUMMARY).then().statusCode(200)
                .body("success", is(true))
                .body("data.totalRequests", is(0))
                .body("data.totalGPUsNeeded", is(0))
                .body("data.avgHourlyRate", is(0.0f))
                .body("data.mostDesiredGPU", nullValue())
                .body("data.mostPopularPipeline", nullValue())
                .body("data.topRequestor", nullValue())
                .body("data.distinctGpuModels", empty())
                .body("data.distinctPipelines", empty());
    }

    @Test
    void aggregatesCountOnlyActiveRequests() {
        seed("H100", "llm", "Ann", 4, 1.0, 50);
        seed("H100", "video", "Bob", 1, 2.0, 40);
        seed("A100", "llm", "Bob", 8, 3.5, 30);
        seed("L4", "llm", "Cid", 2, 0.5, 20);
        // Archived: closed, or expired; they count nowhere.
        new Row().with(r -> { r.gpuModel = "B200"; r.count = 100; r.status = "CLOSED"; }).insert();
        new Row().with(r -> { r.gpuModel = "B200"; r.count = 100; r.validUntil = NOW.minusSeconds(5); }).insert();

        anonymous().get(Api.SUMMARY).then().statusCode(200)
                .body("data.totalRequests", is(4))
                .body("data.totalGPUsNeeded", is(15))
                .body("data.avgHourlyRate", is(1.75f))
                .body("data.mostDesiredGPU.model", is("A100"))
                .body("data.mostDesiredGPU.count", is(8))
                .body("data.mostPopularPipeline.name", is("llm"))
                .body("data.mostPopularPipeline.count", is(3))
                .body("data.topRequestor.name", is("Bob"))
                .body("data.topRequestor.count", is(2))
                .body("data.distinctGpuModels", contains("A100", "H100", "L4"))
                .body("data.distinctPipelines", contains("llm", "video"));
    }

    @Test
    void tiesGoToTheKeySeenFirstAndDistinctValuesSortByCodeUnit() {
        seed("b-gpu", "zeta", "Zoe", 3, 1.0, 50);
        seed("a-gpu", "Alpha", "Adam", 3, 1.0, 40);
        seed("B-gpu", "alpha", "Zoe", 1, 1.0, 30);
        seed("B-gpu", "Beta", "Adam", 2, 1.0, 20);
        anonymous().get(Api.SUMMARY).then().statusCode(200)
                .body("data.mostDesiredGPU.model", is("b-gpu"))
                .body("data.mostDesiredGPU.count", is(3))
                .body("data.mostPopularPipeline.name", is("zeta"))
                .body("data.topRequestor.name", is("Zoe"))
                .body("data.distinctGpuModels", contains("B-gpu", "a-gpu", "b-gpu"))
                .body("data.distinctPipelines", contains("Alpha", "Beta", "alpha", "zeta"));
    }

    @Test
    void totalRequestsIsTheLengthOfTheActiveListAndAllIsActivePlusArchived() {
        for (int i = 0; i < 7; i++) {
            int n = i;
            new Row().with(r -> {
                r.status = n % 3 == 0 ? "FULFILLED" : "ACTIVE";
                r.validUntil = n % 2 == 0 ? NOW.plus(1, ChronoUnit.DAYS) : NOW.minus(1, ChronoUnit.DAYS);
            }).insert();
        }
        int total = anonymous().get(Api.SUMMARY).then().extract().path("data.totalRequests");
        List<?> active = anonymous().get(Api.REQUESTS + "?status=active&limit=200").then().extract().path("data");
        List<?> archived = anonymous().get(Api.REQUESTS + "?status=archived&limit=200").then().extract().path("data");
        List<?> all = anonymous().get(Api.REQUESTS + "?status=all&limit=200").then().extract().path("data");
        assertThat(total).isEqualTo(active.size()).isEqualTo(2);
        assertThat(all).hasSize(active.size() + archived.size()).hasSize(7);
    }

    /** count, the page, its commits, its comments: four statements whatever the number of requests. */
    @Test
    void listingIssuesFourStatementsWhateverItsSize() {
        seedWithChildren(3);
        assertThat(statements(Api.REQUESTS)).isEqualTo(4);
        seedWithChildren(40);
        assertThat(statements(Api.REQUESTS + "?limit=100&sort=mostCommits&search=a")).isEqualTo(4);
        assertThat(statements(Api.REQUESTS + "?status=archived")).isEqualTo(2); // an empty page: no children read
    }

    /** The totals and three groupings: four statements whatever the number of requests. */
    @Test
    void summaryIssuesFourStatementsWhateverItsSize() {
        seedWithChildren(3);
        assertThat(statements(Api.SUMMARY)).isEqualTo(4);
        seedWithChildren(60);
        assertThat(statements(Api.SUMMARY)).isEqualTo(4);
    }

    private long statements(String path) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        anonymous().get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    private static void seedWithChildren(int n) {
        for (int i = 0; i < n; i++) {
            int k = i;
            String id = new Row().with(r -> { r.gpuModel = "G" + (k % 5); r.pipeline = "p" + (k % 3); }).insert();
            Api.commitRow(id, "u1", 1);
            Api.commitRow(id, "u2", 2);
            Api.sql("INSERT INTO plugin_capacity.\"CapacityRequestComment\" (id, \"requestId\", author, text,"
                    + " \"updatedAt\") VALUES (?, ?, 'a', 't', now())", java.util.UUID.randomUUID().toString(), id);
        }
    }

    private static void seed(String gpu, String pipeline, String requester, int count, double rate, int age) {
        new Row().with(r -> {
            r.gpuModel = gpu;
            r.pipeline = pipeline;
            r.requesterName = requester;
            r.count = count;
            r.hourlyRate = rate;
            r.createdAt = NOW.minusSeconds(age);
        }).insert();
    }
}
