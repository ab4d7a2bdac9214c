package io.naap.db.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.naap.db.ScratchDatabase;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.migration.SharedMigrations;
import io.naap.db.testing.PlatformIdentities;
import io.naap.db.testing.PlatformIdentities.Hashing;
import io.quarkus.security.AuthenticationFailedException;

/** Sessions are validated as the platform's shell validates them, on the tables its Prisma schema creates. */
class SessionStoreTest {

    private static final Optional<String> PEPPER = Optional.of("a-pepper");
    private static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1));

    private static ScratchDatabase db;
    private static PlatformIdentities peppered;
    private static PlatformIdentities unpeppered;
    private static SessionStore withPepper;
    private static SessionStore withoutPepper;

    @BeforeAll
    static void migrate() throws SQLException {
        db = ScratchDatabase.create();
        SharedMigrations.flyway(db.dataSource()).migrate();
        peppered = new PlatformIdentities(db.dataSource(), PEPPER);
        unpeppered = new PlatformIdentities(db.dataSource(), Optional.empty());
        withPepper = new SessionStore(db.dataSource(), PEPPER, Clock.systemUTC());
        withoutPepper = new SessionStore(db.dataSource(), Optional.empty(), Clock.systemUTC());
    }

    @AfterAll
    static void drop() throws SQLException {
        db.close();
    }

    @Test
    void aSessionHashedWithThePepperIsAcceptedWithThePepperOnly() {
        String user = peppered.user();
        String token = peppered.session(user, Hashing.HMAC, TOMORROW);

        assertThat(withPepper.validate(token).userId()).isEqualTo(user);
        assertRejected(() -> withoutPepper.validate(token));
    }

    @Test
    void aSessionHashedWithPlainSha256IsAcceptedWithoutAPepper() {
        String user = unpeppered.user();
        String token = unpeppered.session(user, Hashing.SHA256, TOMORROW);

        assertThat(withoutPepper.validate(token).userId()).isEqualTo(user);
        assertRejected(() -> withPepper.validate(token));
    }

    @Test
    void aLegacySessionIsFoundByItsPlaintextToken() {
        String user = peppered.user();
        String token = peppered.session(user, Hashing.PLAINTEXT, TOMORROW);

        assertThat(withPepper.validate(token).userId()).isEqualTo(user);
        assertThat(withoutPepper.validate(token).userId()).isEqualTo(user);
    }

    @Test
    void theSessionCarriesTheUsersProfileRolesAndTeams() {
        String user = peppered.user();
        String owned = peppered.team(user);
        String joined = peppered.team(peppered.user());
        String foreign = peppered.team(peppered.user());
        peppered.addMember(joined, user);
        peppered.grantRole(user, "system:admin");
        peppered.grantRole(user, "community:admin");
        String other = peppered.user();
        peppered.grantRole(other, "system:admin");
        String token = peppered.session(user, Hashing.HMAC, TOMORROW);

        PlatformSession session = withPepper.validate(token);

        assertThat(session.email()).isEqualTo("user-" + user + "@example.com");
        assertThat(session.displayName()).startsWith("User ");
        assertThat(session.roles()).containsExactlyInAnyOrder("system:admin", "community:admin");
        assertThat(session.teams()).containsExactlyInAnyOrder(owned, joined).doesNotContain(foreign);
    }

    @Test
    void unknownExpiredRevokedAndSuspendedSessionsAreRejected() {
        assertRejected(() -> withPepper.validate("not-a-session"));

        String expired = peppered.user();
        assertRejected(() -> withPepper.validate(
                peppered.session(expired, Hashing.HMAC, Instant.now().minusSeconds(1))));

        String revoked = peppered.user();
        String revokedToken = peppered.session(revoked, Hashing.HMAC, TOMORROW);
        assertThat(withPepper.validate(revokedToken).userId()).isEqualTo(revoked);
        peppered.bumpSessionVersion(revoked);
        assertRejected(() -> withPepper.validate(revokedToken));
        assertThat(withPepper.validate(peppered.session(revoked)).userId())
                .as("a session issued after the bump is valid").isEqualTo(revoked);

        String suspended = peppered.user();
        String suspendedToken = peppered.session(suspended, Hashing.HMAC, TOMORROW);
        peppered.suspend(suspended);
        assertRejected(() -> withPepper.validate(suspendedToken));
    }

    @Test
    void validatingNeverWritesTheSessionTable() throws SQLException {
        String user = peppered.user();
        String token = peppered.session(user, Hashing.PLAINTEXT, TOMORROW);
        String expired = peppered.session(user, Hashing.HMAC, Instant.now().minusSeconds(60));
        List<String> before = sessions();

        withPepper.validate(token);
        assertRejected(() -> withPepper.validate(expired));

        assertThat(sessions()).as("no lastUsedAt, no tokenHash backfill, no deletion").isEqualTo(before);
    }

    @Test
    void anUnreachableDatabaseIsServiceUnavailable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/naap");
        nowhere.setConnectTimeout(2);
        SessionStore store = new SessionStore(nowhere, PEPPER, Clock.systemUTC());

        assertThatThrownBy(() -> store.validate("any-token"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable validation) {
        assertThatThrownBy(validation).isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(SessionStore.INVALID);
    }

    private static List<String> sessions() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"Session\"::text FROM \"public\".\"Session\" ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
