package io.naap.db.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SessionTokensTest {

    @Test
    void theCookieWinsOverTheBearerHeader() {
        assertThat(SessionTokens.fromRequest("from-cookie", "Bearer from-header")).contains("from-cookie");
        assertThat(SessionTokens.fromRequest(null, "Bearer from-header")).contains("from-header");
        assertThat(SessionTokens.fromRequest("", "bearer from-header")).contains("from-header");
    }

    @Test
    void theCookieIsUnquotedAndUriDecodedLikeTheShellDoes() {
        assertThat(SessionTokens.fromRequest("\"abc\"", null)).contains("abc");
        assertThat(SessionTokens.fromRequest("a%2Fb+c", null)).contains("a/b+c");
        assertThat(SessionTokens.fromRequest("100%", null)).contains("100%");
    }

    @Test
    void anythingButABearerTokenIsNoToken() {
        assertThat(SessionTokens.fromRequest(null, null)).isEmpty();
        assertThat(SessionTokens.fromRequest(null, "Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(SessionTokens.fromRequest(null, "Bearer ")).isEmpty();
        assertThat(SessionTokens.fromRequest(null, "Bearer")).isEmpty();
    }

    @Test
    void theDigestIsLowerCaseHexHmacWithAPepperAndSha256Without() {
        // echo -n token | openssl dgst -sha256 [-hmac pepper]
        assertThat(SessionTokens.digest("token", Optional.empty()))
                .isEqualTo("3c469e9d6c5875d37a43f353d4f88e61fcf812c66eee3457465a40b0da4153e0");
        assertThat(SessionTokens.digest("token", Optional.of("pepper")))
                .isEqualTo("d06900724f36b88d7f0b2d77004645b24578b2629a5d666200fa5ab3f509b45e");
    }
}
