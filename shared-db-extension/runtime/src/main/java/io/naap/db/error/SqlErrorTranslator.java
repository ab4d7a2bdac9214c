package io.naap.db.error;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The typed error for {@code failure}, or empty when no SQL error is in its cause chain. */
    public static Optional<PlatformException> translate(Throwable failure) {
        return findSqlException(failure).map(sql -> toPlatformException(sql, failure));
    }

    private static Optional<SQLException> findSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
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
