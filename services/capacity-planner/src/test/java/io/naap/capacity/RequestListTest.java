package io.naap.capacity;

import static io.naap.capacity.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.naap.db.testing.http.Envelopes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.naap.capacity.Api.Row;
import io.naap.capacity.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** {@code GET /requests}: the statuses, filters, sorts and both pagination styles, read anonymously. */
@QuarkusTest
class RequestListTest {

    private static final Instant NOW = Instant.now();

    private static ValidatableResponse list(String query) {
        return anonymous().get(Api.REQUESTS + "?" + query).then().statusCode(200).body("success", is(true));
    }

    private static List<String> ids(String query) {
        return list(query).extract().path("data.id");
    }

    /** Five requests of one pipeline: two active, one expired, one closed, one cancelled. */
    private record Lifecycles(String pipeline, String active1, String active2, String expired, String closed,
            String cancelled) {
        static Lifecycles seed() {
            String p = Api.marker();
            return new Lifecycles(p,
                    new Row().with(r -> { r.pipeline = p; r.createdAt = NOW.minusSeconds(50); }).insert(),
                    new Row().with(r -> { r.pipeline = p; r.createdAt = NOW.minusSeconds(40); }).insert(),
                    new Row().with(r -> { r.pipeline = p; r.createdAt = NOW.minusSeconds(30);
                        r.validUntil = NOW.minus(1, ChronoUnit.HOURS); }).insert(),
                    new Row().with(r -> { r.pipeline = p; r.createdAt = NOW.minusSeconds(20); r.status = "CLOSED"; })
                            .insert(),
                    new Row().with(r -> { r.pipeline = p; r.createdAt = NOW.minusSeconds(10); r.status = "CANCELLED";
                        r.validUntil = NOW.minus(1, ChronoUnit.DAYS); }).insert());
        }
    }

    @Test
    void theDefaultAndUnknownStatusesListOnlyActiveRequestsNewestFirst() {
        Lifecycles s = Lifecycles.seed();
        assertThat(ids("pipeline=" + s.pipeline)).containsExactly(s.active2, s.active1);
        assertThat(ids("pipeline=" + s.pipeline + "&status=active")).containsExactly(s.active2, s.active1);
        assertThat(ids("pipeline=" + s.pipeline + "&status=bogus")).containsExactly(s.active2, s.active1);
        list("pipeline=" + s.pipeline).body("data.status", contains("active", "active"));
    }

    @Test
    void archivedHoldsExpiredAndClosedOnesAndAllIsBoth() {
        Lifecycles s = Lifecycles.seed();
        assertThat(ids("pipeline=" + s.pipeline + "&status=archived"))
                .containsExactly(s.cancelled, s.closed, s.expired);
        list("pipeline=" + s.pipeline + "&status=archived").body("data.status",
                contains("cancelled", "closed", "active"));
        assertThat(ids("pipeline=" + s.pipeline + "&status=all"))
                .containsExactly(s.cancelled, s.closed, s.expired, s.active2, s.active1);
        list("pipeline=" + s.pipeline + "&status=ALL").body("meta.total", is(5));
    }

    @Test
    void aRequestIsActiveUntilTheInstantOfItsValidUntil() {
        String p = Api.marker();
        String justValid = new Row().with(r -> { r.pipeline = p; r.validUntil = NOW.plusSeconds(30); }).insert();
        String justGone = new Row().with(r -> { r.pipeline = p; r.validUntil = NOW.minusSeconds(1); }).insert();
        assertThat(ids("pipeline=" + p)).containsExactly(justValid);
        assertThat(ids("pipeline=" + p + "&status=archived")).containsExactly(justGone);
    }

    @Test
    void itemsHaveTheSerialisedShape() {
        User user = User.fresh();
        String p = Api.marker();
        String id = user.create(Map.of("pipeline", p, "validUntil", "2099-01-31", "startDate", "2099-01-01",
                "endDate", "2099-01-02T15:00:00Z"));
        user.request().body(Map.of("gpuCount", 3)).post(Api.REQUESTS + "/" + id + "/commit").then().statusCode(200);
        user.request().body(Map.of("text", "first")).post(Api.REQUESTS + "/" + id + "/comments").then().statusCode(200);
        user.request().body(Map.of("text", "second")).post(Api.REQUESTS + "/" + id + "/comments").then().statusCode(200);
        String legacy = new Row().with(r -> { r.pipeline = p; r.createdAt = NOW.minusSeconds(3600); }).insert();

        list("pipeline=" + p)
                .body("data.id", contains(id, legacy))
                .body("data[0].creatorId", is(user.id()))
                .body("data[0].startDate", is("2099-01-01"))
                .body("data[0].endDate", is("2099-01-02"))
                .body("data[0].validUntil", is("2099-01-31"))
                .body("data[0].status", is("active"))
                .body("data[0].createdAt", matchesPattern(Envelopes.ISO_MILLIS))
                .body("data[0]", not(hasKey("updatedAt")))
                .body("data[0].vram", is(24))
                .body("data[0].hourlyRate", is(1.0f))
                .body("data[0].osVersion", is("Any"))
                .body("data[0].softCommits[0].userId", is(user.id()))
                .body("data[0].softCommits[0].gpuCount", is(3))
                .body("data[0].softCommits[0].userName", is(user.displayName()))
                .body("data[0].softCommits[0].timestamp", matchesPattern(Envelopes.ISO_MILLIS))
                .body("data[0].comments.text", contains("second", "first"))
                .body("data[0].comments[0]", hasKey("timestamp"))
                .body("data[0].comments[0].author", is(user.displayName()))
                .body("data[1]", not(hasKey("creatorId")))
                .body("data[1].softCommits", empty())
                .body("data[1].comments", empty());
    }

    @Test
    void pipelineGpuModelAndVramMinFilter() {
        String p = Api.marker();
        String a = new Row().with(r -> { r.pipeline = p; r.gpuModel = "H100"; r.vram = 80;
            r.createdAt = NOW.minusSeconds(3); }).insert();
        String b = new Row().with(r -> { r.pipeline = p; r.gpuModel = "H100"; r.vram = 40;
            r.createdAt = NOW.minusSeconds(2); }).insert();
        String c = new Row().with(r -> { r.pipeline = p; r.gpuModel = "L4"; r.vram = 24;
            r.createdAt = NOW.minusSeconds(1); }).insert();
        assertThat(ids("pipeline=" + p + "&gpuModel=H100")).containsExactly(b, a);
        assertThat(ids("pipeline=" + p + "&gpuModel=h100")).isEmpty();
        assertThat(ids("pipeline=" + p + "&vramMin=40")).containsExactly(b, a);
        assertThat(ids("pipeline=" + p + "&vramMin=41")).containsExactly(a);
        assertThat(ids("pipeline=" + p + "&vramMin=40GB")).containsExactly(b, a);
        assertThat(ids("pipeline=" + p + "&vramMin=lots")).containsExactly(c, b, a);
        assertThat(ids("pipeline=" + p + "&vramMin=")).containsExactly(c, b, a);
        assertThat(ids("pipeline=" + p + "&gpuModel=L4&vramMin=24")).containsExactly(c);
        assertThat(ids("pipeline=" + Api.marker())).isEmpty();
    }

    @Test
    void searchMatchesAnyOfTheSevenFieldsIgnoringCase() {
        String p = Api.marker();
        String needle = Api.marker().substring(2);
        List<String> expected = new java.util.ArrayList<>();
        String[] fields = { "requesterName", "gpuModel", "reason", "osVersion", "cudaVersion" };
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            int age = 100 - i;
            expected.add(0, new Row().with(r -> {
                r.pipeline = p;
                r.createdAt = NOW.minusSeconds(age);
                switch (field) {
                    case "requesterName" -> r.requesterName = "Ann " + needle.toUpperCase();
                    case "gpuModel" -> r.gpuModel = "x" + needle + "x";
                    case "reason" -> r.reason = "because " + needle;
                    case "osVersion" -> r.osVersion = needle;
                    default -> r.cudaVersion = needle + "-12";
                }
            }).insert());
        }
        new Row().with(r -> r.pipeline = p).insert(); // matches nothing
        assertThat(ids("pipeline=" + p + "&search=" + needle)).containsExactlyElementsOf(expected);
        // The pipeline itself and the account are searched too.
        assertThat(ids("search=" + p.toUpperCase() + "&status=all")).hasSize(6);
        User user = User.fresh();
        String account = Api.marker();
        String byAccount = user.create(Map.of("requesterAccount", account));
        assertThat(ids("search=" + account)).containsExactly(byAccount);
        // LIKE wildcards are matched literally.
        assertThat(anonymous().queryParam("pipeline", p).queryParam("search", "%").get(Api.REQUESTS).then()
                .statusCode(200).extract().<List<String>>path("data.id")).isEmpty();
        assertThat(anonymous().queryParam("search", "Ann " + needle.toUpperCase()).get(Api.REQUESTS).then()
                .statusCode(200).extract().<List<String>>path("data.id")).containsExactly(expected.get(4));
        assertThat(ids("pipeline=" + p + "&search=_")).isEmpty();
    }

    @Test
    void theSixSorts() {
        String p = Api.marker();
        String a = new Row().with(r -> { r.pipeline = p; r.count = 1; r.hourlyRate = 3; r.riskLevel = 2;
            r.validUntil = NOW.plus(3, ChronoUnit.DAYS); r.createdAt = NOW.minusSeconds(30); }).insert();
        String b = new Row().with(r -> { r.pipeline = p; r.count = 8; r.hourlyRate = 1; r.riskLevel = 5;
            r.validUntil = NOW.plus(9, ChronoUnit.DAYS); r.createdAt = NOW.minusSeconds(20); }).insert();
        String c = new Row().with(r -> { r.pipeline = p; r.count = 4; r.hourlyRate = 2; r.riskLevel = 1;
            r.validUntil = NOW.plus(1, ChronoUnit.DAYS); r.createdAt = NOW.minusSeconds(10); }).insert();
        Api.commitRow(a, "u1", 1);
        Api.commitRow(a, "u2", 1);
        Api.commitRow(b, "u1", 1);
        Api.commitRow(b, "u2", 1);
        Api.commitRow(b, "u3", 1);

        String q = "pipeline=" + p + "&sort=";
        assertThat(ids(q + "newest")).containsExactly(c, b, a);
        assertThat(ids(q + "unknown")).containsExactly(c, b, a);
        assertThat(ids(q + "gpuCount")).containsExactly(b, c, a);
        assertThat(ids(q + "hourlyRate")).containsExactly(a, c, b);
        assertThat(ids(q + "riskLevel")).containsExactly(b, a, c);
        assertThat(ids(q + "deadline")).containsExactly(c, a, b);
        assertThat(ids(q + "mostCommits")).containsExactly(b, a, c);
    }

    @Test
    void pageAndPageSize() {
        String p = Api.marker();
        List<String> newestFirst = seedMany(p, 5);
        list("pipeline=" + p + "&pageSize=2").body("data.id", contains(newestFirst.get(0), newestFirst.get(1)))
                .body("meta.page", is(1)).body("meta.pageSize", is(2)).body("meta.total", is(5))
                .body("meta.totalPages", is(3)).body("meta.timestamp", matchesPattern(Envelopes.ISO_MILLIS));
        list("pipeline=" + p + "&pageSize=2&page=3").body("data.id", contains(newestFirst.get(4)))
                .body("meta.page", is(3));
        list("pipeline=" + p + "&pageSize=2&page=4").body("data", empty()).body("meta.total", is(5));
        // page at least 1; pageSize clamped to 1..100; unreadable values default.
        list("pipeline=" + p + "&page=0&pageSize=0").body("meta.page", is(1)).body("meta.pageSize", is(1))
                .body("data.id", contains(newestFirst.get(0))).body("meta.totalPages", is(5));
        list("pipeline=" + p + "&page=-3&pageSize=1000").body("meta.page", is(1)).body("meta.pageSize", is(100));
        list("pipeline=" + p + "&page=x&pageSize=y").body("meta.page", is(1)).body("meta.pageSize", is(20))
                .body("data", org.hamcrest.Matchers.hasSize(5));
        list("pipeline=" + p + "&page=99999999999999999999&pageSize=2").body("data", empty());
        list("pipeline=" + Api.marker()).body("meta.total", is(0)).body("meta.totalPages", is(0));
    }

    @Test
    void limitAndOffset() {
        String p = Api.marker();
        List<String> newestFirst = seedMany(p, 5);
        list("pipeline=" + p + "&limit=2").body("data.id", contains(newestFirst.get(0), newestFirst.get(1)))
                .body("meta.page", is(1)).body("meta.pageSize", is(2));
        list("pipeline=" + p + "&limit=2&offset=3").body("data.id", contains(newestFirst.get(3), newestFirst.get(4)))
                .body("meta.page", is(2));
        list("pipeline=" + p + "&offset=1").body("meta.pageSize", is(20)).body("data", org.hamcrest.Matchers.hasSize(4));
        list("pipeline=" + p + "&limit=0&offset=-5").body("meta.pageSize", is(20)).body("meta.page", is(1))
                .body("data", org.hamcrest.Matchers.hasSize(5));
        list("pipeline=" + p + "&limit=500").body("meta.pageSize", is(100));
        list("pipeline=" + p + "&limit=-1").body("meta.pageSize", is(1));
        list("pipeline=" + p + "&limit=2&offset=10").body("data", empty()).body("meta.page", is(6));
        // limit/offset win over page/pageSize.
        list("pipeline=" + p + "&limit=1&page=3&pageSize=2").body("data.id", contains(newestFirst.get(0)));
    }

    private static List<String> seedMany(String pipeline, int n) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            int age = i;
            ids.add(new Row().with(r -> { r.pipeline = pipeline; r.createdAt = NOW.minusSeconds(age); }).insert());
        }
        return ids;
    }
}
