package io.naap.db.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate with the platform's session token. */
public class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "SessionTokenRequest[token=…]";
    }
}
