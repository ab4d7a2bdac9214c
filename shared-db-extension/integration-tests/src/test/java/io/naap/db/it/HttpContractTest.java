package io.naap.db.it;

import static io.naap.db.it.TeamCaller.PROJECTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.naap.db.testing.http.Envelopes;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.naap.db.rest.RequestIds;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What every HTTP client can rely on: envelopes, request ids (and in every log record of the request), health,
 * metrics and the API document.
 */
@QuarkusTest
class HttpContractTest {

    /** Prometheus' text format or OpenMetrics, as the Accept header asks; never the JSON envelope. */
    private static final Matcher<String> PROMETHEUS_FORMATS = anyOf(startsWith("text/plain"),
            startsWith("application/openmetrics-text"));

    @TestHTTPResource("/")
    URI url;

    @Test
    void malformedOrWrongBodiesAreAnsweredInTheEnvelope() {
        TeamCaller team = new TeamCaller();
        for (String body : new String[] { "{\"name\":", "not json", "[]", "{\"name\":\"a\"} trailing",
                "{\"name\":\"a\",\"name\":\"b\"}", "\"just a string\"", "null" }) {
            assertError(team.request().body(body).post(PROJECTS).then(), 400, "VALIDATION_ERROR")
                    .body(not(containsString("Exception")))
                    .body(not(containsString("at io.")));
        }
        team.request().get(PROJECTS).then().body("data", org.hamcrest.Matchers.empty());
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        TeamCaller team = new TeamCaller();
        assertError(given().header("x-team-id", team.teamId).header("x-user-id", team.userId)
                .header("Authorization", team.bearer()).contentType(ContentType.TEXT).body("name=x").post(PROJECTS).then(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        TeamCaller team = new TeamCaller();
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertError(team.request().body(huge).post(PROJECTS).then(), 413, "PAYLOAD_TOO_LARGE");
        team.request().get(PROJECTS).then().body("data", org.hamcrest.Matchers.empty());
    }

    @Test
    void anOversizedChunkedBodyIsAnsweredInTheEnvelopeAndASmallOneIsRead() throws Exception {
        TeamCaller team = new TeamCaller();
        HttpResponse<String> huge = postChunked(team, "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        HttpResponse<String> small = postChunked(team, "{\"name\":\"chunked\"}");

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"", "\"requestId\":\"");
        assertThat(small.statusCode()).isEqualTo(201);
        team.request().get(PROJECTS).then().body("data.name", org.hamcrest.Matchers.contains("chunked"));
    }

    /** A POST whose body has no declared length, so it travels in chunks. */
    private HttpResponse<String> postChunked(TeamCaller team, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url.resolve(PROJECTS.substring(1)))
                .header("x-team-id", team.teamId).header("x-user-id", team.userId)
                .header("Authorization", team.bearer()).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownRoutesAndMethodsAreAnsweredInTheEnvelope() {
        TeamCaller team = new TeamCaller();
        assertError(team.request().get("/api/v1/task-tracker/nothing-here").then(), 404, "NOT_FOUND");
        assertError(given().get("/no/such/route").then(), 404, "NOT_FOUND");
        assertError(team.request().put(PROJECTS).then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void theRequestIdIsEchoedOrGeneratedAndAppearsInErrors() {
        given().header("x-request-id", "req-123").get("/health").then().header("x-request-id", "req-123");
        given().get("/health").then().header("x-request-id", matchesPattern("[0-9a-f-]{36}"));
        assertError(given().header("x-request-id", "trace-abc").get(PROJECTS).then(), 401, "UNAUTHORIZED")
                .header("x-request-id", "trace-abc")
                .body("meta.requestId", is("trace-abc"));
        given().header("x-request-id", "bad id with spaces\u0001").get("/health").then()
                .header("x-request-id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void everyLogRecordOfARequestCarriesItsRequestIdOnWorkerThreadsAndOnTheEventLoop() {
        String onWorker = "worker-" + UUID.randomUUID();
        String onEventLoop = "event-loop-" + UUID.randomUUID();
        try (CapturedLogs logs = CapturedLogs.of(RequestLogProbeResource.class)) {
            given().header("x-request-id", onWorker).get(RequestLogProbeResource.WORKER).then().statusCode(200)
                    .body("requestId", is(onWorker)).body("thread", startsWith("executor-thread"));
            given().header("x-request-id", onEventLoop).get(RequestLogProbeResource.EVENT_LOOP).then()
                    .statusCode(200).body("requestId", is(onEventLoop)).body("thread", startsWith("vert.x-eventloop"));
            String generated = given().get(RequestLogProbeResource.WORKER).then().statusCode(200)
                    .extract().header("x-request-id");

            assertThat(logs.records()).extracting(record -> record.mdc().get(RequestIds.MDC_KEY))
                    .containsExactly(onWorker, onEventLoop, generated);
            assertThat(logs.records()).extracting(CapturedLogs.Captured::thread)
                    .satisfies(threads -> assertThat(threads.get(0)).startsWith("executor-thread"))
                    .satisfies(threads -> assertThat(threads.get(1)).startsWith("vert.x-eventloop"));
        }
    }

    @Test
    void healthAnswersInTheSeedsAndTheSdksShapes() {
        given().get("/health").then().statusCode(200)
                .body("status", is("ok")).body("plugin", is("task-tracker"));
        given().get("/healthz").then().statusCode(200)
                .body("status", is("ok")).body("service", is("task-tracker"))
                .body("timestamp", matchesPattern(Envelopes.ISO_MILLIS))
                .body("uptime", greaterThanOrEqualTo(0f));
    }

    @Test
    void probesReportLivenessReadinessWithTheDatabaseAndStartup() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("Plugin schemas"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Plugin schemas' }.data.schemas", is(9));
    }

    @Test
    void metricsArePublicInPrometheusFormatWithHttpPoolAndJvmSeries() {
        new TeamCaller().request().get(PROJECTS).then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200)
                .contentType(PROMETHEUS_FORMATS).extract().asString();
        assertThat(metrics)
                .contains("http_server_requests_seconds_count{", "uri=\"/api/v1/{plugin}/_data/{model}\"")
                .contains("agroal_active_count{", "agroal_max_used_count{")
                .contains("jvm_memory_used_bytes{");
        // Lazy authentication: a token, even a bad one, is never looked at there.
        given().header("Authorization", "Bearer not-a-session").get("/q/metrics").then().statusCode(200)
                .contentType(PROMETHEUS_FORMATS);
    }

    @Test
    void theOpenApiDocumentDescribesTheExtensionsRoutes() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/{plugin}/_data/{model}"))
                .body("paths", hasKey("/healthz"));
    }
}
