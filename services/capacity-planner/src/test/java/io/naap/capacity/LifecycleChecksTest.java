package io.naap.capacity;

import static io.naap.capacity.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.naap.capacity.Api.Row;
import io.naap.capacity.Api.User;
import io.quarkus.test.junit.QuarkusTest;

/** The original platform's {@code capacity-lifecycle} end-to-end checks (naap-plugins.md §8), one by one. */
@QuarkusTest
class LifecycleChecksTest {

    private static final Set<String> ARCHIVED = Set.of("expired", "cancelled", "closed", "fulfilled");

    /** The items of the list for {@code query}; a {@code +} in it is a space, as a browser's form sends it. */
    private static List<Map<String, Object>> items(String query) {
        return anonymous().urlEncodingEnabled(false).get(Api.REQUESTS + query.replace(" ", "+")).then().statusCode(200)
                .body("success", org.hamcrest.Matchers.is(true)).extract().path("data");
    }

    @Test
    void anonymousChecks() {
        new Row().insert();
        new Row().with(r -> r.status = "CLOSED").insert();
        new Row().with(r -> r.validUntil = Instant.now().minus(2, ChronoUnit.DAYS)).insert();
        Instant now = Instant.now();
        // 1, 4: the default and a bogus status list active requests only.
        for (String query : List.of("?limit=5", "?status=bogus&limit=5")) {
            for (Map<String, Object> item : items(query)) {
                assertThat(item.get("status")).isEqualTo("active");
                assertThat(Instant.parse(item.get("validUntil") + "T00:00:00Z"))
                        .isAfterOrEqualTo(now.minus(1, ChronoUnit.DAYS));
            }
        }
        // 2: archived ones only.
        for (Map<String, Object> item : items("?status=archived&limit=5")) {
            assertThat(ARCHIVED.contains(item.get("status"))
                    || "active".equals(item.get("status"))
                    && Instant.parse(item.get("validUntil") + "T00:00:00Z").isBefore(now)).isTrue();
        }
        assertThat(items("?status=archived&limit=5")).isNotEmpty();
        // 3
        assertThat(items("?status=all&limit=5")).isNotEmpty();
        // 5
        anonymous().get(Api.REQUESTS + "/" + Api.ZERO_ID).then().statusCode(404);
        // 6, 7: denied without a session.
        assertThat(anonymous().body(Map.of("status", "CLOSED")).patch(Api.REQUESTS + "/" + Api.ZERO_ID).statusCode())
                .isIn(401, 403);
        assertThat(anonymous().body(Api.body()).post(Api.REQUESTS).statusCode()).isIn(401, 403);
        // 8, 9, 10
        int total = anonymous().get(Api.SUMMARY).then().statusCode(200).extract().path("data.totalRequests");
        assertThat(total).isEqualTo(items("?status=active&limit=200").size());
        assertThat(total).isLessThanOrEqualTo(items("?status=all&limit=200").size());
    }

    /** 11: create → listed and found by search → closed → gone from the active list, in the archive → deleted. */
    @Test
    void authenticatedLifecycle() {
        User user = User.fresh();
        Map<String, Object> created = user.request().body(Api.body()).post(Api.REQUESTS).then().statusCode(201)
                .extract().path("data");
        String id = (String) created.get("id");
        assertThat(id).isNotEmpty();
        assertThat((String) created.get("creatorId")).isNotEmpty();
        assertThat(items("?search=E2E+Lifecycle+Test&limit=100")).extracting(i -> i.get("id")).contains(id);

        user.request().body(Map.of("status", "CLOSED")).patch(Api.REQUESTS + "/" + id).then().statusCode(200);
        assertThat(items("?limit=50")).extracting(i -> i.get("id")).doesNotContain(id);
        assertThat(items("?status=archived&limit=50&search=E2E+Lifecycle+Test")).extracting(i -> i.get("id"))
                .contains(id);
        user.request().delete(Api.REQUESTS + "/" + id).then().statusCode(200);
    }

    /** 12: an admin's request cannot be closed by a regular user; the admin deletes it. */
    @Test
    void ownership() {
        User admin = User.admin();
        User regular = User.fresh();
        String id = admin.create(Map.of());
        regular.request().body(Map.of("status", "CLOSED")).patch(Api.REQUESTS + "/" + id).then().statusCode(403);
        admin.request().delete(Api.REQUESTS + "/" + id).then().statusCode(200);
    }
}
