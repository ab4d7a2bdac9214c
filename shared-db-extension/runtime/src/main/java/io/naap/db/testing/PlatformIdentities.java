package io.naap.db.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.naap.db.auth.SessionTokens;

/**
 * Test support: writes users, teams, memberships, roles and sessions into the test database the way the platform's
 * shell does, so a service's tests authenticate for real. Plugin code never uses it (plugin services only read these
 * tables). In a {@code @QuarkusTest}: {@code PlatformIdentities.current().member()} gives a user with a team and a
 * session token to send as {@code Authorization: Bearer} or cookie {@code naap_auth_token}.
 */
public final class PlatformIdentities {

    /** How a session row stores its token, as the shell did over time. */
    public enum Hashing {
        /** {@code tokenHash} = HMAC-SHA256 keyed with the pepper (the shell's production form). */
        HMAC,
        /** {@code tokenHash} = plain SHA-256 (the shell without a pepper). */
        SHA256,
        /** No {@code tokenHash}: the plaintext {@code token} column only (legacy rows). */
        PLAINTEXT
    }

    /** A user who belongs to a team and holds a valid session. */
    public record Member(String userId, String teamId, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final Optional<String> pepper;

    public PlatformIdentities(DataSource dataSource, Optional<String> pepper) {
        this.dataSource = dataSource;
        this.pepper = pepper;
    }

    /** On the application's datasource and pepper ({@link TestDatabase}: a {@code @QuarkusTest} or an integration test). */
    public static PlatformIdentities current() {
        return new PlatformIdentities(TestDatabase.dataSource(), TestDatabase.sessionTokenPepper());
    }

    /** A fresh user with a fresh team of which it is a member (not the owner), and a 24 h session. */
    public Member member() {
        String user = user();
        String team = team(user());
        addMember(team, user);
        return new Member(user, team, session(user));
    }

    /** A new user; returns its id. */
    public String user() {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO \"public\".\"User\" (\"id\", \"email\", \"displayName\", \"updatedAt\")"
                + " VALUES (?, ?, ?, now())", id, "user-" + id + "@example.com", "User " + id.substring(0, 8));
        return id;
    }

    /** A new team owned by {@code ownerId}; returns its id. */
    public String team(String ownerId) {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO \"public\".\"Team\" (\"id\", \"name\", \"slug\", \"ownerId\", \"updatedAt\")"
                + " VALUES (?, ?, ?, ?, now())", id, "Team " + id.substring(0, 8), "team-" + id, ownerId);
        return id;
    }

    public void addMember(String teamId, String userId) {
        update("INSERT INTO \"public\".\"TeamMember\" (\"id\", \"teamId\", \"userId\") VALUES (?, ?, ?)",
                UUID.randomUUID().toString(), teamId, userId);
    }

    public void removeMember(String teamId, String userId) {
        update("DELETE FROM \"public\".\"TeamMember\" WHERE \"teamId\" = ? AND \"userId\" = ?", teamId, userId);
    }

    /** Grants {@code roleName} (e.g. {@code system:admin}), creating the role when it does not exist yet. */
    public void grantRole(String userId, String roleName) {
        update("INSERT INTO \"public\".\"Role\" (\"id\", \"name\", \"displayName\", \"permissions\", \"updatedAt\")"
                + " VALUES (?, ?, ?, '[]'::jsonb, now()) ON CONFLICT (\"name\") DO NOTHING",
                UUID.randomUUID().toString(), roleName, roleName);
        update("INSERT INTO \"public\".\"UserRole\" (\"id\", \"userId\", \"roleId\")"
                + " SELECT ?, ?, \"id\" FROM \"public\".\"Role\" WHERE \"name\" = ?",
                UUID.randomUUID().toString(), userId, roleName);
    }

    /** A 24 h session of {@code userId}, hashed as the configured shell would (HMAC with a pepper, else SHA-256). */
    public String session(String userId) {
        return session(userId, pepper.isPresent() ? Hashing.HMAC : Hashing.SHA256,
                Instant.now().plus(Duration.ofHours(24)));
    }

    /** A session of {@code userId} stored as {@code hashing} says, expiring at {@code expiresAt}; returns its token. */
    public String session(String userId, Hashing hashing, Instant expiresAt) {
        String token = HexFormat.of().formatHex(randomBytes());
        String tokenHash = switch (hashing) {
            case HMAC -> SessionTokens.digest(token, Optional.of(pepper.orElseThrow(
                    () -> new IllegalStateException("HMAC sessions need naap.auth.session-token-pepper"))));
            case SHA256 -> SessionTokens.digest(token, Optional.empty());
            case PLAINTEXT -> null;
        };
        // Hashed rows keep something unique but useless in the token column, as the shell's do.
        String tokenColumn = hashing == Hashing.PLAINTEXT ? token : "hashed:" + UUID.randomUUID();
        int written = update("INSERT INTO \"public\".\"Session\" (\"id\", \"userId\", \"token\", \"tokenHash\", \"expiresAt\","
                + " \"versionAtCreation\") SELECT ?, ?, ?, ?, ?, \"sessionVersion\" FROM \"public\".\"User\""
                + " WHERE \"id\" = ?", UUID.randomUUID().toString(), userId, tokenColumn, tokenHash,
                Timestamp.valueOf(expiresAt.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC).toLocalDateTime()),
                userId);
        if (written == 0) {
            throw new IllegalArgumentException("no user " + userId);
        }
        return token;
    }

    /** Revokes every session of the user, as the shell does on "sign out everywhere" or a password change. */
    public void bumpSessionVersion(String userId) {
        update("UPDATE \"public\".\"User\" SET \"sessionVersion\" = \"sessionVersion\" + 1 WHERE \"id\" = ?", userId);
    }

    public void suspend(String userId) {
        update("UPDATE \"public\".\"User\" SET \"suspendedAt\" = now(), \"suspendedReason\" = 'test' WHERE \"id\" = ?",
                userId);
    }

    /** Deletes the user's sessions, as the shell does at sign-out. */
    public void deleteSessions(String userId) {
        update("DELETE FROM \"public\".\"Session\" WHERE \"userId\" = ?", userId);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
