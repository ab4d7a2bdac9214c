package io.naap.db.rest;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.naap.db.auth.AuthMode;
import io.naap.db.auth.AuthRuntimeConfig;
import io.naap.db.auth.PlatformIdentity;
import io.naap.db.error.PlatformException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling: the team every plugin route is scoped to and the user, both as verified by the platform's
 * authentication ({@link TeamScopeFilter}), never as merely sent. In {@code session} mode the user is the session's
 * and the team ({@code x-team-id}) one the user is a member or the owner of; in {@code headers} mode both headers are
 * trusted. One instance serves every request: what it answers is read from the current request's routing context.
 */
@Singleton
public class Caller {

    public static final String TEAM_HEADER = "x-team-id";
    public static final String USER_HEADER = "x-user-id";
    static final String VERIFIED = Caller.class.getName();
    /** Set by {@link TeamScopeFilter} on a {@link WithoutTeam} route. */
    static final String WITHOUT_TEAM = Caller.class.getName() + ".withoutTeam";
    private static final Pattern WELL_FORMED = Pattern.compile("[\\p{Graph}]{1,128}");

    @Inject
    RoutingContext routing;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AuthRuntimeConfig auth;

    /** The caller's verified team; {@code UNAUTHORIZED} when the request has none. */
    public String teamId() {
        Verified verified = routing.get(VERIFIED);
        if (verified == null || verified.teamId() == null) {
            throw missingTeam();
        }
        return verified.teamId();
    }

    /** The calling user; {@code UNAUTHORIZED} when the request is anonymous. */
    public String userId() {
        Verified verified = routing.get(VERIFIED);
        if (verified == null && Boolean.TRUE.equals(routing.get(WITHOUT_TEAM))) {
            return identity().getPrincipal().getName();
        }
        if (verified == null || verified.userId() == null) {
            throw PlatformException.unauthorized(verified != null && verified.userOnly()
                    ? verified.invalidCredentials() ? "Invalid or expired session" : "No auth token provided"
                    : "Missing or invalid " + USER_HEADER + " header");
        }
        return verified.userId();
    }

    /** The calling user, or empty for an anonymous request (or one whose credentials were not valid). */
    public Optional<String> optionalUserId() {
        Verified verified = routing.get(VERIFIED);
        return Optional.ofNullable(verified == null ? null : verified.userId());
    }

    /** Whether the authenticated caller holds {@code role} (a platform role name such as {@code system:admin}). */
    public boolean hasRole(String role) {
        Verified verified = routing.get(VERIFIED);
        return verified != null && verified.roles().contains(role);
    }

    /**
     * The calling user's identity (principal = user id, roles, {@link PlatformIdentity} attributes), authenticated
     * now if it was not yet (a {@link WithoutTeam} route; call it from a worker thread): {@code UNAUTHORIZED} when the
     * request is anonymous, or its token is rejected.
     */
    public SecurityIdentity identity() {
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            throw PlatformException.unauthorized(auth.mode() == AuthMode.SESSION ? "No auth token provided"
                    : "Missing or invalid " + USER_HEADER + " header");
        }
        return identity;
    }

    /**
     * Checks that {@code identity} may act for the team the request names, and remembers both for {@link #teamId()}
     * and {@link #userId()}: {@code UNAUTHORIZED} without credentials or a team, {@code FORBIDDEN} for a team the
     * user does not belong to.
     */
    static void verify(RoutingContext routing, SecurityIdentity identity, AuthMode mode) {
        String team = routing.request().getHeader(TEAM_HEADER);
        String user = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        if (mode == AuthMode.SESSION && user == null) {
            throw PlatformException.unauthorized("No auth token provided");
        }
        if (team == null || !WELL_FORMED.matcher(team).matches()) {
            throw missingTeam();
        }
        if (mode == AuthMode.SESSION && !PlatformIdentity.belongsTo(identity, team)) {
            throw PlatformException.forbidden("Not a member of team " + team);
        }
        routing.put(VERIFIED, new Verified(team, user, identity.getRoles(), false, false));
    }

    /**
     * For a service whose data is not team-owned: remembers the user of {@code identity} (none when anonymous, or
     * {@code null} when the credentials sent were not valid) with its roles, and asks for no team.
     */
    static void verifyUser(RoutingContext routing, SecurityIdentity identity) {
        boolean anonymous = identity == null || identity.isAnonymous();
        routing.put(VERIFIED, new Verified(null, anonymous ? null : identity.getPrincipal().getName(),
                anonymous ? Set.of() : identity.getRoles(), true, identity == null));
    }

    private static PlatformException missingTeam() {
        return PlatformException.unauthorized("Missing or invalid " + TEAM_HEADER + " header");
    }

    record Verified(String teamId, String userId, Set<String> roles, boolean userOnly, boolean invalidCredentials) {
    }
}
