package io.naap.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.naap.db.testing.TestDatabase;

/**
 * Test fixtures and checks straight in the database, over JDBC on the application's database ({@link TestDatabase}),
 * so route tests run unchanged against the packaged jar too.
 */
final class Db {

    private final DataSource dataSource = TestDatabase.dataSource();

    void execute(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepared(connection, sql, params)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as a long (counts, sums, integers). */
    long number(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepared(connection, sql, params);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Object value = rows.getObject(1);
            return value == null ? 0L : ((Number) value).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code sql} with JPA-style positional parameters ({@code ?1}, {@code ?2}) bound in order. */
    private static PreparedStatement prepared(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.replaceAll("\\?\\d+", "?"));
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    /** A profile's reputation. */
    long reputation(Member member) {
        return number("SELECT reputation FROM plugin_community.\"CommunityProfile\" WHERE \"userId\" = ?1", member.userId);
    }

    long level(Member member) {
        return number("SELECT level FROM plugin_community.\"CommunityProfile\" WHERE \"userId\" = ?1", member.userId);
    }

    /** The sum of a profile's ledger rows. */
    long ledgerSum(Member member) {
        return number("SELECT coalesce(sum(l.points), 0) FROM plugin_community.\"CommunityReputationLog\" l"
                + " JOIN plugin_community.\"CommunityProfile\" p ON p.id = l.\"profileId\" WHERE p.\"userId\" = ?1",
                member.userId);
    }

    long ledgerRows(Member member, String action) {
        return number("SELECT count(*) FROM plugin_community.\"CommunityReputationLog\" l"
                + " JOIN plugin_community.\"CommunityProfile\" p ON p.id = l.\"profileId\" WHERE p.\"userId\" = ?1"
                + " AND CAST(l.action AS text) = ?2", member.userId, action);
    }
}
