package io.naap.db.auth;

import java.time.Instant;
import java.util.Set;

/**
 * A session the platform's shell issued, validated: its user, the user's role names ({@code UserRole} →
 * {@code Role.name}) and the teams the user may act for (member or owner), and when it expires.
 */
public record PlatformSession(String userId, String email, String displayName, Set<String> roles, Set<String> teams,
        Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
