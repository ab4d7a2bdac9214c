package io.naap.db.auth;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The attributes the platform's authentication puts on a {@link SecurityIdentity}: its principal is the user id, its
 * roles the user's role names.
 */
public final class PlatformIdentity {

    /** The user's e-mail address (may be absent). */
    public static final String EMAIL = "email";
    /** The user's display name (may be absent). */
    public static final String DISPLAY_NAME = "displayName";
    /** The ids of the teams the user is a member or the owner of, a {@code Set<String>}. */
    public static final String TEAMS = "naap.teams";

    private PlatformIdentity() {
    }

    /** Whether the identity may act for {@code teamId}: it is a member or the owner of the team. */
    @SuppressWarnings("unchecked")
    public static boolean belongsTo(SecurityIdentity identity, String teamId) {
        Object teams = identity.getAttribute(TEAMS);
        return teams instanceof Set<?> set && ((Set<String>) set).contains(teamId);
    }
}
