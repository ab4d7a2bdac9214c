package io.naap.capacity;

import static io.naap.db.testing.http.Envelopes.assertError;
import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.hamcrest.Matchers;

import io.naap.db.testing.PlatformIdentities;
import io.naap.db.testing.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Callers, bodies and seeding of the capacity planner's tests. */
final class Api {

    static final String BASE = "/api/v1/capacity-planner";
    static final String REQUESTS = BASE + "/requests";
    static final String SUMMARY = BASE + "/summary";
    static final String ZERO_ID = "00000000-0000-0000-0000-000000000000";

    private Api() {
    }

    /** A signed-in user of the platform: a fresh user with a real session. */
    record User(String id, String token, String displayName) {

        static User fresh() {
            PlatformIdentities identities = PlatformIdentities.current();
            String id = identities.user();
            return new User(id, identities.session(id), "User " + id.substring(0, 8));
        }

        static User admin() {
            User user = fresh();
            PlatformIdentities.current().grantRole(user.id, "system:admin");
            return user;
        }

        RequestSpecification request() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }

        String create(Map<String, Object> overrides) {
            Map<String, Object> body = body();
            body.putAll(overrides);
            return request().body(body).post(REQUESTS).then().statusCode(201).extract().path("data.id");
        }
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A valid create body (the original's e2e body), with dates relative to today. */
    static Map<String, Object> body() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> body = new HashMap<>();
        body.put("requesterName", "E2E Lifecycle Test");
        body.put("requesterAccount", "0xE2ETEST");
        body.put("gpuModel", "RTX 4090");
        body.put("vram", 24);
        body.put("count", 1);
        body.put("pipeline", "text-to-image");
        body.put("startDate", today.toString());
        body.put("endDate", today.plusMonths(1).toString());
        body.put("validUntil", today.plusDays(14).toString());
        body.put("hourlyRate", 1.0);
        body.put("reason", "End-to-end test");
        body.put("riskLevel", 1);
        return body;
    }

    /** A unique marker for one test's requests (as pipeline, GPU or requester name). */
    static String marker() {
        return "m-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A request written with SQL, for states the API does not create (expired, archived, chosen createdAt). */
    static final class Row {
        String id = UUID.randomUUID().toString();
        String creatorId;
        String requesterName = "Seeded";
        String gpuModel = "A100";
        int vram = 80;
        int count = 1;
        String pipeline = "llm";
        String reason = "seeded";
        String osVersion = "Any";
        String cudaVersion = "Any";
        double hourlyRate = 1.0;
        int riskLevel = 3;
        String status = "ACTIVE";
        Instant validUntil = Instant.now().plus(7, ChronoUnit.DAYS);
        Instant createdAt = Instant.now();

        Row with(java.util.function.Consumer<Row> change) {
            change.accept(this);
            return this;
        }

        String insert() {
            sql("INSERT INTO plugin_capacity.\"CapacityRequest\" (id, \"creatorId\", \"requesterName\","
                    + " \"requesterAccount\", \"gpuModel\", vram, \"osVersion\", \"cudaVersion\", count, pipeline,"
                    + " \"startDate\", \"endDate\", \"validUntil\", \"hourlyRate\", reason, \"riskLevel\", status,"
                    + " \"createdAt\", \"updatedAt\") VALUES (?, ?, ?, '0x0', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?::plugin_capacity.\"CapacityRequestStatus\", ?, ?)", id, creatorId, requesterName, gpuModel,
                    vram, osVersion, cudaVersion, count, pipeline, ts(createdAt), ts(createdAt.plus(1, ChronoUnit.DAYS)),
                    ts(validUntil), hourlyRate, reason, riskLevel, status, ts(createdAt), ts(createdAt));
            return id;
        }
    }

    static void commitRow(String requestId, String userId, int gpuCount) {
        sql("INSERT INTO plugin_capacity.\"CapacitySoftCommit\" (id, \"requestId\", \"userId\", \"userName\","
                + " \"gpuCount\") VALUES (?, ?, ?, 'n', ?)", UUID.randomUUID().toString(), requestId, userId, gpuCount);
    }

    /** Removes every request (and, by cascade, their commits and comments): for tests of global aggregates. */
    static void deleteAllRequests() {
        sql("DELETE FROM plugin_capacity.\"CapacityRequest\"");
    }

    static long count(String query) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.time.LocalDateTime ts(Instant instant) {
        // TIMESTAMP(3) holds UTC wall-clock time.
        return instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC).toLocalDateTime();
    }

    static void sql(String statement, Object... values) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource() {
        return TestDatabase.dataSource();
    }

    /** A {@code VALIDATION_ERROR} naming {@code field}. */
    static ValidatableResponse assertInvalidField(ValidatableResponse response, String field) {
        return assertError(response, 400, "VALIDATION_ERROR")
                .body("error.details.fields.field", Matchers.hasItem(field));
    }
}
