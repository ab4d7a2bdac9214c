package io.naap.db.it;

import static io.naap.db.it.TeamCaller.PROJECTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.naap.db.testing.PlatformIdentities;
import io.naap.db.testing.PlatformIdentities.Hashing;
import io.naap.db.testing.PlatformIdentities.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Session mode (the default): how the platform's session authenticates a caller of the extension's routes (here the
 * REST projection's). That every route of a service refuses a missing, unknown, expired, revoked or suspended session,
 * and another team, is the service's own check (the task-tracker's {@code RoutesNeedASessionTest}).
 */
@QuarkusTest
class SessionAuthenticationTest {

    final PlatformIdentities identities = PlatformIdentities.current();

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
}
