package io.naap.db.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's session tokens as its shell handles them ({@code apps/web-next/src/lib/api/response.ts} and
 * {@code auth.ts}): where a request carries one, and the digest the shell stores it under.
 */
public final class SessionTokens {

    /** The cookie the shell sets at login. */
    public static final String COOKIE = "naap_auth_token";
    private static final String BEARER = "bearer ";

    private SessionTokens() {
    }

    /**
     * The token of a request: the {@code naap_auth_token} cookie (quotes stripped, URI-decoded) wins over an
     * {@code Authorization: Bearer} header, as in the shell. Empty when neither carries one.
     */
    public static Optional<String> fromRequest(String cookieValue, String authorization) {
        if (cookieValue != null) {
            String value = cookieValue.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (!value.isEmpty()) {
                return Optional.of(uriDecoded(value));
            }
        }
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            if (!token.isEmpty()) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code tokenHash} the shell stores: lower-case hex HMAC-SHA256 of the token keyed with the pepper, or the
     * plain SHA-256 when there is no pepper.
     */
    public static String digest(String token, Optional<String> pepper) {
        byte[] input = token.getBytes(StandardCharsets.UTF_8);
        try {
            if (pepper.isPresent()) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(pepper.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(input));
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** decodeURIComponent: unlike form decoding, a '+' stays a '+'. A malformed escape leaves the value as it is. */
    private static String uriDecoded(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
