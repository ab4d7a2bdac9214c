package io.naap.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.naap.db.config.DatabaseUrl;

/**
 * A database of its own for one test, created on the server of {@code DATABASE_URL} (scripts/test.sh sets it) and
 * dropped on close, so migrations can be tried on an empty database.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final DataSource admin;
    private final String name;
    private final PGSimpleDataSource dataSource;

    private ScratchDatabase(DataSource admin, String name, PGSimpleDataSource dataSource) {
        this.admin = admin;
        this.name = name;
        this.dataSource = dataSource;
    }

    public static ScratchDatabase create() throws SQLException {
        DatabaseUrl url = serverUrl();
        PGSimpleDataSource admin = dataSource(url, url.jdbcUrl());
        String name = "naap_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String jdbcUrl = url.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        return new ScratchDatabase(admin, name, dataSource(url, jdbcUrl));
    }

    private static DatabaseUrl serverUrl() {
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("DATABASE_URL is not set: run the tests with scripts/test.sh");
        }
        return DatabaseUrl.parse(url);
    }

    private static PGSimpleDataSource dataSource(DatabaseUrl url, String jdbcUrl) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        url.username().ifPresent(ds::setUser);
        url.password().ifPresent(ds::setPassword);
        return ds;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return name;
    }

    /** Runs a script of several statements (no psql meta-commands). */
    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
