package io.naap.db.auth;

/** How a plugin service learns who is calling ({@code NAAP_AUTH_MODE}). */
public enum AuthMode {
    /** The platform's session token (cookie {@code naap_auth_token} or Bearer), validated against public."Session". */
    SESSION,
    /**
     * Trusts {@code x-user-id}, {@code x-team-id} and {@code x-user-roles} as sent: for local development and tests
     * only, since any client that reaches the service can then act as anyone.
     */
    HEADERS
}
