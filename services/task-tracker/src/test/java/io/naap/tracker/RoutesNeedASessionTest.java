package io.naap.tracker;

import static io.naap.tracker.Team.PROJECTS;
import static io.naap.tracker.Team.TASKS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.naap.db.testing.PlatformIdentities;
import io.naap.db.testing.PlatformIdentities.Hashing;
import io.naap.db.testing.PlatformIdentities.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * In session mode (the default) every route of the tracker, and its REST projection, answers only a valid platform
 * session of a team member. The session mechanics themselves are the extension's, tested in
 * {@code shared-db-extension/integration-tests}.
 */
@QuarkusTest
class RoutesNeedASessionTest {

    static final String ID = "3d58ce20-fe80-4793-80b2-21905baa60b3";
    static final String[][] ROUTES = { { "GET", PROJECTS }, { "POST", PROJECTS }, { "GET", PROJECTS + "/" + ID },
            { "PATCH", PROJECTS + "/" + ID }, { "DELETE", PROJECTS + "/" + ID }, { "GET", TASKS }, { "POST", TASKS },
            { "PATCH", TASKS + "/" + ID }, { "PATCH", TASKS + "/" + ID + "/status" }, { "DELETE", TASKS + "/" + ID },
            { "GET", "/api/v1/task-tracker/_data/TrackerProject" } };

    final PlatformIdentities identities = PlatformIdentities.current();

    @Test
    void everyRouteRejectsAMissingUnknownExpiredRevokedOrSuspendedSession() {
        Member expired = identities.member();
        String expiredToken = identities.session(expired.userId(), Hashing.HMAC, Instant.now().minusSeconds(1));
        Member revoked = identities.member();
        identities.bumpSessionVersion(revoked.userId());
        Member suspended = identities.member();
        identities.suspend(suspended.userId());

        for (String[] route : ROUTES) {
            assertError(call(route, r -> r.header("x-team-id", expired.teamId())), 401, "UNAUTHORIZED")
                    .body("error.message", is("No auth token provided"));
            assertError(call(route, r -> r.header("x-team-id", expired.teamId()).header("x-user-id", expired.userId())),
                    401, "UNAUTHORIZED");
            assertError(call(route, bearer("garbage", expired.teamId())), 401, "UNAUTHORIZED")
                    .body("error.message", is("Invalid or expired session"));
            assertError(call(route, r -> r.cookie("naap_auth_token", "garbage").header("x-team-id", expired.teamId())),
                    401, "UNAUTHORIZED");
            assertError(call(route, bearer(expiredToken, expired.teamId())), 401, "UNAUTHORIZED");
            assertError(call(route, bearer(revoked.token(), revoked.teamId())), 401, "UNAUTHORIZED");
            assertError(call(route, bearer(suspended.token(), suspended.teamId())), 401, "UNAUTHORIZED");
        }
    }

    @Test
    void everyRouteForbidsAValidSessionNamingAnotherTeam() {
        Member member = identities.member();
        Member other = identities.member();
        for (String[] route : ROUTES) {
            assertError(call(route, bearer(member.token(), other.teamId())), 403, "FORBIDDEN");
            assertError(call(route, bearer(member.token(), "")), 401, "UNAUTHORIZED");
            call(route, bearer(member.token(), member.teamId())).statusCode(not(403)).statusCode(not(401));
        }
    }

    private static ValidatableResponse call(String[] route,
            Function<RequestSpecification, RequestSpecification> credentials) {
        return credentials.apply(given().contentType(ContentType.JSON).body("{}")).request(route[0], route[1]).then();
    }

    private static Function<RequestSpecification, RequestSpecification> bearer(String token, String teamId) {
        return r -> r.header("Authorization", "Bearer " + token).header("x-team-id", teamId);
    }
}
