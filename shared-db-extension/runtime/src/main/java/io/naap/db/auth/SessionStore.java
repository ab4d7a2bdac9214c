package io.naap.db.auth;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.quarkus.security.AuthenticationFailedException;

/**
 * Validates a session token against {@code public."Session"} exactly as the platform's shell does
 * ({@code validateSession} in {@code apps/web-next/src/lib/api/auth.ts}): the row whose {@code tokenHash} is the
 * token's digest, else the legacy row whose {@code token} is the token itself; rejected when it has expired, when the
 * user's {@code sessionVersion} moved on from the session's {@code versionAtCreation}, or when the user is suspended.
 * Unlike the shell it never writes: no {@code lastUsedAt}, no hash backfill, no deletion of rejected rows — that is
 * the shell's job. One query reads the session, its user, the user's role names and teams. Blocking.
 */
public class SessionStore {

    /** The shell's answer to any token it does not accept. */
    public static final String INVALID = "Invalid or expired session";

    private static final Logger LOG = Logger.getLogger(SessionStore.class);
    private static final String QUERY = """
            SELECT s."userId", s."expiresAt", s."versionAtCreation", u."sessionVersion", u."suspendedAt", u."email",
                   u."displayName",
                   ARRAY(SELECT r."name" FROM "public"."UserRole" ur JOIN "public"."Role" r ON r."id" = ur."roleId"
                         WHERE ur."userId" = u."id") AS roles,
                   ARRAY(SELECT m."teamId" FROM "public"."TeamMember" m WHERE m."userId" = u."id"
                         UNION SELECT t."id" FROM "public"."Team" t WHERE t."ownerId" = u."id") AS teams
            FROM "public"."Session" s JOIN "public"."User" u ON u."id" = s."userId"
            WHERE s."tokenHash" = ? OR s."token" = ?
            ORDER BY s."tokenHash" = ? DESC NULLS LAST
            LIMIT 1""";

    private final DataSource dataSource;
    private final Optional<String> pepper;
    private final Clock clock;

    public SessionStore(DataSource dataSource, Optional<String> pepper, Clock clock) {
        this.dataSource = dataSource;
        this.pepper = pepper;
        this.clock = clock;
    }

    /** The digest the token is stored under; also the key a validated session is cached by. */
    public String digest(String token) {
        return SessionTokens.digest(token, pepper);
    }

    /**
     * The session of {@code token}. {@link AuthenticationFailedException} when it is unknown or no longer valid;
     * {@code SERVICE_UNAVAILABLE} when the database cannot be asked.
     */
    public PlatformSession validate(String token) {
        String digest = digest(token);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, digest);
            query.setString(2, token);
            query.setString(3, digest);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw rejected("unknown token");
                }
                PlatformSession session = new PlatformSession(row.getString("userId"), row.getString("email"),
                        row.getString("displayName"), strings(row.getArray("roles")), strings(row.getArray("teams")),
                        instant(row, "expiresAt"));
                if (session.expiredAt(clock.instant())) {
                    throw rejected("session of user " + session.userId() + " expired");
                }
                if (row.getInt("sessionVersion") != row.getInt("versionAtCreation")) {
                    throw rejected("sessions of user " + session.userId() + " were revoked (sessionVersion)");
                }
                if (row.getObject("suspendedAt") != null) {
                    throw rejected("user " + session.userId() + " is suspended");
                }
                return session;
            }
        } catch (SQLException e) {
            LOG.warnf("Cannot validate a session: the database is unavailable (%s)", e.getMessage());
            throw new PlatformException(ErrorCode.SERVICE_UNAVAILABLE,
                    "Sessions cannot be validated right now: the database is unavailable", null, e);
        }
    }

    private static AuthenticationFailedException rejected(String why) {
        LOG.debugf("Session rejected: %s", why);
        return new AuthenticationFailedException(INVALID);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(java.util.Arrays.asList((String[]) array.getArray()));
    }
}
