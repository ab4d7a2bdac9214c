package io.naap.db.error;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The one place that turns a database error into a typed {@link PlatformException}: by SQLSTATE, found anywhere in
 * the cause chain, never by message text. Structured fields of the server's error (constraint, column, table) name
 * the offender.
 */
public final class SqlErrorTranslator {

    private SqlErrorTranslator() {
    }

    /** Most exceptions looked at in one failure's causes and suppressed exceptions. */
    private static final int MAX_VISITED = 64;

    /**
     * The typed error for {@code failure}, or empty when it holds no database error. Causes and suppressed
     * exceptions are both searched: the transaction manager reports a failure during commit as a
     * {@code RollbackException} with the SQL error suppressed, or as an {@link XAException} around it.
     */
    public static Optional<PlatformException> translate(Throwable failure) {
        List<Throwable> chain = chain(failure);
        if (commitOutcomeUnknown(chain)) {
            return Optional.of(new PlatformException(ErrorCode.COMMIT_OUTCOME_UNKNOWN,
                    "The database connection was lost while committing: the write may or may not have been applied",
                    null, failure));
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(toPlatformException(sql, failure));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof PlatformException typed) {
                return Optional.of(typed);
            }
        }
        for (Throwable t : chain) {
            if (isUnavailable(t)) {
                return Optional.of(new PlatformException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable",
                        null, failure));
            }
            if (t instanceof RollbackException) {
                return Optional.of(new PlatformException(ErrorCode.SERVICE_UNAVAILABLE,
                        "The transaction was rolled back: none of its changes were kept; retry it", null, failure));
            }
        }
        return Optional.empty();
    }

    /** {@code failure}, its causes and its suppressed exceptions, depth first, each once. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty() && seen.size() < MAX_VISITED) {
            Throwable t = pending.pop();
            if (!visited.add(t)) {
                continue;
            }
            seen.add(t);
            Throwable[] suppressed = t.getSuppressed();
            for (int i = suppressed.length - 1; i >= 0; i--) {
                pending.push(suppressed[i]);
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
        }
        return seen;
    }

    /**
     * A commit the resource failed to acknowledge for a reason other than the server refusing it: the connection
     * broke, or the server was shut down around it (57P01 reaches a COMMIT that may already be durable). The server
     * may have committed, so the write is known neither to be applied nor to be rolled back.
     */
    private static boolean commitOutcomeUnknown(List<Throwable> chain) {
        return chain.stream().anyMatch(t -> t instanceof XAException xa
                && chain(xa).stream().skip(1).anyMatch(SqlErrorTranslator::leavesCommitUndecided));
    }

    /** Classes of errors a server raises when it decides a COMMIT's transaction must roll back. */
    private static final Set<String> COMMIT_REFUSED = Set.of("22", "23", "25", "40", "42");

    private static boolean leavesCommitUndecided(Throwable t) {
        return t instanceof IOException || t instanceof SQLException sql
                && (sql.getSQLState() == null || !COMMIT_REFUSED.contains(sql.getSQLState().substring(0, 2)));
    }

    /**
     * A database failure that carries no SQLSTATE: the pool's acquisition timeout and the driver's connection
     * failures report none, while every error the server raises has one.
     */
    private static boolean isUnavailable(Throwable t) {
        return t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLException sql && sql.getSQLState() == null;
    }

    private static PlatformException toPlatformException(SQLException sql, Throwable failure) {
        String state = sql.getSQLState();
        ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        Map<String, Object> details = new LinkedHashMap<>();
        if (server != null) {
            putIfPresent(details, "table", server.getTable());
            putIfPresent(details, "constraint", server.getConstraint());
            putIfPresent(details, "column", server.getColumn());
        }
        return switch (state) {
            case "23505" -> uniqueViolation(details, failure);
            case "23503" -> new PlatformException(ErrorCode.FOREIGN_KEY_VIOLATION,
                    "Foreign key constraint failed on relation: " + details.getOrDefault("constraint", "unknown"), details, failure);
            case "23502" -> new PlatformException(ErrorCode.VALIDATION_ERROR,
                    "Invalid value for field " + details.getOrDefault("column", "unknown") + ": must not be null", details, failure);
            case "40001", "40P01" -> new PlatformException(ErrorCode.CONFLICT,
                    "The operation conflicted with a concurrent one; retry it", details, failure);
            case "57014" -> new PlatformException(ErrorCode.SERVICE_UNAVAILABLE,
                    "The database operation timed out", details, failure);
            default -> byClass(state, details, failure);
        };
    }

    /**
     * The fields of a unique constraint, read from its name as the platform names constraints (Prisma's convention,
     * kept by our migrations): {@code <Table>_<col>_<col>_key}, or {@code <Table>_pkey} for the id.
     */
    private static PlatformException uniqueViolation(Map<String, Object> details, Throwable failure) {
        String constraint = (String) details.get("constraint");
        String table = (String) details.get("table");
        List<String> fields = List.of();
        if (constraint != null && table != null && constraint.equals(table + "_pkey")) {
            fields = List.of("id");
        } else if (constraint != null && table != null && constraint.startsWith(table + "_")
                && constraint.endsWith("_key")) {
            String columns = constraint.substring(table.length() + 1, constraint.length() - "_key".length());
            fields = List.of(columns.split("_"));
        }
        if (!fields.isEmpty()) {
            details.put("fields", fields);
        }
        String named = fields.isEmpty() ? String.valueOf(constraint) : String.join(", ", fields);
        return new PlatformException(ErrorCode.UNIQUE_CONSTRAINT_VIOLATION,
                "Unique constraint failed on fields: " + named, details, failure);
    }

    private static PlatformException byClass(String state, Map<String, Object> details, Throwable failure) {
        if (state.startsWith("22") || state.startsWith("23")) {
            return new PlatformException(ErrorCode.VALIDATION_ERROR, "Invalid value: the database rejected it", details, failure);
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")) {
            return new PlatformException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable", null, failure);
        }
        return new PlatformException(ErrorCode.INTERNAL_ERROR, "Internal server error", null, failure);
    }

    private static void putIfPresent(Map<String, Object> details, String key, String value) {
        if (value != null && !value.isEmpty()) {
            details.put(key, value);
        }
    }
}
