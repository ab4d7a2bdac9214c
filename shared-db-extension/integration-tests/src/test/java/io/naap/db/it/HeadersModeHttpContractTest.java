package io.naap.db.it;

import static io.naap.db.it.TeamCaller.PROJECTS;
import static io.naap.db.testing.http.Envelopes.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The HTTP contract holds in headers mode too ({@code NAAP_AUTH_MODE=headers}, for development): every test of
 * {@link HttpContractTest} again, plus what that mode trusts. The one extra application the suite boots.
 */
@QuarkusTest
@TestProfile(HeadersModeHttpContractTest.HeadersMode.class)
class HeadersModeHttpContractTest extends HttpContractTest {

    public static class HeadersMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("naap.auth.mode", "headers");
        }
    }

    @Test
    void theHeadersNameTheUserTheTeamAndTheRoles() {
        given().header("x-team-id", "team-1").header("x-user-id", "user-1")
                .header("x-user-roles", "system:admin, community:admin").get(IdentityProbeResource.WHOAMI)
                .then().statusCode(200).body("userId", is("user-1")).body("teamId", is("team-1"))
                .body("roles", contains("community:admin", "system:admin"));
        given().header("x-team-id", "team-1").header("x-user-id", "user-1").header("x-user-roles", "system:admin")
                .get(IdentityProbeResource.ADMIN).then().statusCode(200);
        assertError(given().header("x-team-id", "team-1").header("x-user-id", "user-1")
                .get(IdentityProbeResource.ADMIN).then(), 403, "FORBIDDEN");
    }

    @Test
    void aTeamHeaderAloneReadsAndATokenIsNotNeeded() {
        String team = "team-" + java.util.UUID.randomUUID();
        given().header("x-team-id", team).header("x-user-id", "user-1").contentType(ContentType.JSON)
                .body(Map.of("name", "Apollo")).post(PROJECTS).then().statusCode(201);
        given().header("x-team-id", team).get(PROJECTS).then().statusCode(200).body("data.name", contains("Apollo"));
        assertError(given().header("x-user-id", "user-1").get(PROJECTS).then(), 401, "UNAUTHORIZED");
    }

    @Test
    void healthShowsTheHeadersMode() {
        given().get("/q/health").then().statusCode(200)
                .body("checks.find { it.name == 'Authentication' }.data.mode", is("headers"));
    }
}
