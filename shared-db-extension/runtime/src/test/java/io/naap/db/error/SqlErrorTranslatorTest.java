package io.naap.db.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import io.naap.db.ScratchDatabase;

/** Real PostgreSQL errors, provoked on purpose, translated by SQLSTATE. */
class SqlErrorTranslatorTest {

    private static ScratchDatabase db;

    @BeforeAll
    static void createTables() throws SQLException {
        db = ScratchDatabase.create();
        db.execute("""
                CREATE TABLE parent (id text PRIMARY KEY, email text NOT NULL CONSTRAINT parent_email_key UNIQUE);
                CREATE TABLE child (id text PRIMARY KEY, parent_id text NOT NULL
                    CONSTRAINT child_parent_id_fkey REFERENCES parent(id));
                INSERT INTO parent VALUES ('p1', 'a@example.com');""");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void aDuplicateUniqueValueIsAUniqueConstraintViolationNamingTheFields() {
        PlatformException e = translate("INSERT INTO parent VALUES ('p2', 'a@example.com')");

        assertThat(e.code()).isEqualTo(ErrorCode.UNIQUE_CONSTRAINT_VIOLATION);
        assertThat(e.code().status()).isEqualTo(409);
        assertThat(e.getMessage()).isEqualTo("Unique constraint failed on fields: email");
        assertThat(e.details()).isEqualTo(java.util.Map.of("table", "parent", "constraint", "parent_email_key",
                "fields", java.util.List.of("email")));
    }

    @Test
    void aDuplicateIdNamesTheIdField() {
        assertThat(translate("INSERT INTO parent VALUES ('p1', 'other@example.com')").getMessage())
                .isEqualTo("Unique constraint failed on fields: id");
    }

    @Test
    void aMissingRelatedRecordIsAForeignKeyViolationNamingTheRelation() {
        PlatformException e = translate("INSERT INTO child VALUES ('c1', 'nope')");

        assertThat(e.code()).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
        assertThat(e.code().status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Foreign key constraint failed on relation: child_parent_id_fkey");
    }

    @Test
    void anOmittedRequiredFieldIsAValidationErrorNamingTheColumn() {
        PlatformException e = translate("INSERT INTO parent (id) VALUES ('p3')");

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("Invalid value for field email: must not be null");
    }

    @Test
    void aValueOfTheWrongTypeIsAValidationError() {
        assertThat(translate("SELECT 'abc'::int").code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutDetails() {
        PlatformException e = translate("SELECT * FROM no_such_table");

        assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(e.details()).isNull();
    }

    @Test
    void theSqlErrorIsFoundAnywhereInTheCauseChain() throws SQLException {
        SQLException sql = sqlError("INSERT INTO child VALUES ('c2', 'nope')");
        RuntimeException wrapped = new RuntimeException("outer", new IllegalStateException("middle", sql));

        assertThat(SqlErrorTranslator.translate(wrapped)).hasValueSatisfying(
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION));
        assertThat(SqlErrorTranslator.translate(new IllegalStateException("no sql"))).isEmpty();
    }

    private static PlatformException translate(String sql) {
        return SqlErrorTranslator.translate(sqlError(sql)).orElseThrow();
    }

    @Test
    void aSqlErrorSuppressedByTheTransactionManagerIsStillTranslated() {
        // Narayana reports a failure in beforeCompletion as a RollbackException with the real error suppressed.
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException("flush failed", sqlError("INSERT INTO parent VALUES ('p1', 'b')")));

        PlatformException e = SqlErrorTranslator.translate(rollback).orElseThrow();

        assertThat(e.code()).isEqualTo(ErrorCode.UNIQUE_CONSTRAINT_VIOLATION);
    }

    @Test
    void aRollbackWithoutSqlErrorIsServiceUnavailable() {
        PlatformException e = SqlErrorTranslator.translate(
                new RuntimeException(new RollbackException("ARJUNA016102: The transaction is not active"))).orElseThrow();

        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.code().status()).isEqualTo(503);
    }

    @Test
    void aConnectionLostWhileCommittingIsAnUnknownOutcome() {
        XAException commit = new XAException(XAException.XA_RBROLLBACK);
        commit.initCause(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE, new java.io.EOFException()));
        RollbackException rollback = new RollbackException("ARJUNA016053");
        rollback.initCause(commit);

        PlatformException e = SqlErrorTranslator.translate(rollback).orElseThrow();

        assertThat(e.code()).isEqualTo(ErrorCode.COMMIT_OUTCOME_UNKNOWN);
        assertThat(e.code().status()).isEqualTo(503);
    }

    @Test
    void aServerShutDownDuringCommitIsAnUnknownOutcome() {
        // pg_ctl stop -m fast: a backend executing COMMIT answers 57P01, and the commit may already be durable.
        XAException commit = new XAException(XAException.XA_RBROLLBACK);
        commit.initCause(new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(SqlErrorTranslator.translate(commit).orElseThrow().code())
                .isEqualTo(ErrorCode.COMMIT_OUTCOME_UNKNOWN);
    }

    @Test
    void aCommitRefusedByTheServerIsNotAnUnknownOutcome() {
        XAException commit = new XAException(XAException.XA_RBROLLBACK);
        commit.initCause(new PSQLException("could not serialize access", PSQLState.SERIALIZATION_FAILURE));

        assertThat(SqlErrorTranslator.translate(commit).orElseThrow().code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void aPoolOrDriverFailureWithoutSqlStateIsServiceUnavailable() {
        // Agroal's acquisition timeout carries no SQLSTATE; a connection refused by a stopped server does (08001).
        assertThat(SqlErrorTranslator.translate(new RuntimeException(new SQLException("Sorry, acquisition timeout!")))
                .orElseThrow().code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(SqlErrorTranslator.translate(new PSQLException("Connection refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT)).orElseThrow().code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void aFailureWithoutDatabaseErrorIsNotTranslated() {
        assertThat(SqlErrorTranslator.translate(new IllegalStateException("bug"))).isEmpty();
    }

    private static SQLException sqlError(String sql) {
        Throwable thrown = catchThrowable(() -> {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
        assertThat(thrown).isInstanceOf(SQLException.class);
        return (SQLException) thrown;
    }
}
