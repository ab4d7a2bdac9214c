package io.naap.tracker;

import static io.naap.tracker.Team.PROJECTS;
import static io.naap.tracker.Team.TASKS;
import static io.naap.tracker.Team.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.naap.db.testing.PlatformIdentities;
import io.naap.db.testing.PlatformIdentities.Hashing;
import io.naap.db.testing.PlatformIdentities.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** In session mode (the default) every plugin route answers only a valid platform session of a team member. */
@QuarkusTest
class SessionAuthenticationTest {

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

    @Test
    void aMembersSessionIsServedWithTheCookieAndWithTheBearerHeader() {
        Member member = identities.member();
        given().header("Authorization", "Bearer " + member.token()).header("x-team-id", member.teamId())
                .contentType(ContentType.JSON).body(Map.of("name", "By bearer")).post(PROJECTS)
                .then().statusCode(201).body("data.ownerId", is(member.userId()))
                .body("data.teamId", is(member.teamId()));
        given().cookie("naap_auth_token", member.token()).header("x-team-id", member.teamId())
                .contentType(ContentType.JSON).body(Map.of("name", "By cookie")).post(PROJECTS)
                .then().statusCode(201).body("data.ownerId", is(member.userId()));
        given().cookie("naap_auth_token", "\"" + member.token() + "\"").header("x-team-id", member.teamId())
                .get(PROJECTS).then().statusCode(200).body("data.name", hasItem("By bearer"))
                .body("data.name", hasItem("By cookie"));
    }

    @Test
    void theCookieWinsOverTheBearerHeader() {
        Member member = identities.member();
        given().cookie("naap_auth_token", member.token()).header("Authorization", "Bearer garbage")
                .header("x-team-id", member.teamId()).get(PROJECTS).then().statusCode(200);
        assertError(given().cookie("naap_auth_token", "garbage").header("Authorization", "Bearer " + member.token())
                .header("x-team-id", member.teamId()).get(PROJECTS).then(), 401, "UNAUTHORIZED");
    }

    @Test
    void theOwnerOfATeamIsServedWithoutBeingAMember() {
        String owner = identities.user();
        String team = identities.team(owner);
        given().header("Authorization", "Bearer " + identities.session(owner)).header("x-team-id", team)
                .get(PROJECTS).then().statusCode(200);
    }

    @Test
    void pepperedAndLegacyPlaintextSessionsAreBothAccepted() {
        Member member = identities.member();
        for (Hashing hashing : new Hashing[] { Hashing.HMAC, Hashing.PLAINTEXT }) {
            String token = identities.session(member.userId(), hashing, Instant.now().plusSeconds(3600));
            given().header("Authorization", "Bearer " + token).header("x-team-id", member.teamId()).get(PROJECTS)
                    .then().statusCode(200);
        }
        String unpeppered = identities.session(member.userId(), Hashing.SHA256, Instant.now().plusSeconds(3600));
        assertError(given().header("Authorization", "Bearer " + unpeppered).header("x-team-id", member.teamId())
                .get(PROJECTS).then(), 401, "UNAUTHORIZED");
    }

    @Test
    void theIdentityIsTheSessionsUserWithItsRolesNotTheHeaders() {
        Member member = identities.member();
        identities.grantRole(member.userId(), "community:admin");

        given().header("Authorization", "Bearer " + member.token()).header("x-team-id", member.teamId())
                .header("x-user-id", "someone-else").header("x-user-roles", "system:admin")
                .get(IdentityProbeResource.WHOAMI).then().statusCode(200)
                .body("userId", is(member.userId())).body("principal", is(member.userId()))
                .body("teamId", is(member.teamId())).body("roles", contains("community:admin"))
                .body("email", is("user-" + member.userId() + "@example.com"))
                .body("displayName", is("User " + member.userId().substring(0, 8)));
        assertError(given().header("Authorization", "Bearer " + member.token()).header("x-team-id", member.teamId())
                .header("x-user-roles", "system:admin").get(IdentityProbeResource.ADMIN).then(), 403, "FORBIDDEN");

        Member admin = identities.member();
        identities.grantRole(admin.userId(), "system:admin");
        given().header("Authorization", "Bearer " + admin.token()).header("x-team-id", admin.teamId())
                .get(IdentityProbeResource.ADMIN).then().statusCode(200).body("admin", is(admin.userId()));
    }

    /** The documented revocation delay: a validated session is remembered for the cache TTL (30 s by default). */
    @Test
    void aValidatedSessionKeepsWorkingForTheCacheTtlAfterTheShellRevokesIt() {
        Member member = identities.member();
        given().header("Authorization", "Bearer " + member.token()).header("x-team-id", member.teamId())
                .get(PROJECTS).then().statusCode(200);
        identities.deleteSessions(member.userId());

        given().header("Authorization", "Bearer " + member.token()).header("x-team-id", member.teamId())
                .get(PROJECTS).then().statusCode(200);
        String fresh = identities.session(member.userId());
        identities.deleteSessions(member.userId());
        assertError(given().header("Authorization", "Bearer " + fresh).header("x-team-id", member.teamId())
                .get(PROJECTS).then(), 401, "UNAUTHORIZED");
    }

    /** Sessions cannot be read (here: their table is away for a moment): 503, never 500, and no identity. */
    @Test
    void aDatabaseFailureWhileAuthenticatingIsServiceUnavailable() throws Exception {
        Member member = identities.member();
        javax.sql.DataSource db = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE \"public\".\"Session\" RENAME TO \"Session_away\"");
            try {
                assertError(given().header("Authorization", "Bearer " + member.token())
                        .header("x-team-id", member.teamId()).get(PROJECTS).then(), 503, "SERVICE_UNAVAILABLE");
            } finally {
                s.execute("ALTER TABLE \"public\".\"Session_away\" RENAME TO \"Session\"");
            }
        }
        given().header("Authorization", "Bearer " + member.token()).header("x-team-id", member.teamId())
                .get(PROJECTS).then().statusCode(200);
    }

    @Test
    void publicRoutesNeedNoTokenAndIgnoreAGarbageOne() {
        for (String route : new String[] { "/health", "/healthz", "/q/health/live", "/q/health/ready",
                "/q/openapi" }) {
            given().get(route).then().statusCode(200);
            given().header("Authorization", "Bearer garbage").cookie("naap_auth_token", "garbage").get(route)
                    .then().statusCode(200);
        }
    }

    @Test
    void healthShowsTheAuthenticationMode() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Authentication' }.status", is("UP"))
                .body("checks.find { it.name == 'Authentication' }.data.mode", is("session"))
                .body("checks.find { it.name == 'Authentication' }.data.sessionCacheTtl", is("PT30S"));
    }

    private static io.restassured.response.ValidatableResponse call(String[] route,
            Function<RequestSpecification, RequestSpecification> credentials) {
        return credentials.apply(given().contentType(ContentType.JSON).body("{}")).request(route[0], route[1]).then();
    }

    private static Function<RequestSpecification, RequestSpecification> bearer(String token, String teamId) {
        return r -> r.header("Authorization", "Bearer " + token).header("x-team-id", teamId);
    }
}
