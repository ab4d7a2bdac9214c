package io.naap.db.migration;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Serialises the Flyway runs of every service on one database. Flyway decides whether to create or to baseline its
 * history before it takes its own lock, so two services migrating an empty database at once could both decide and
 * one would fail. Here the first connection of a run (Flyway's main connection, open for the whole run) takes a
 * session-level advisory lock, and releases it when the run closes it; a second run waits for the first to finish.
 */
final class MigrationLock implements DataSource {

    /** Arbitrary constant shared by every service of the platform: "naap" in ASCII. */
    static final long KEY = 0x6e616170L;

    private final DataSource delegate;
    private final AtomicReference<Connection> holder = new AtomicReference<>();

    private MigrationLock(DataSource delegate) {
        this.delegate = delegate;
    }

    static DataSource around(DataSource dataSource) {
        return dataSource instanceof MigrationLock ? dataSource : new MigrationLock(dataSource);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return locking(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return locking(delegate.getConnection(username, password));
    }

    private Connection locking(Connection connection) throws SQLException {
        if (!holder.compareAndSet(null, connection)) {
            return connection;
        }
        try {
            run(connection, "SELECT pg_advisory_lock(" + KEY + ")");
        } catch (SQLException e) {
            holder.set(null);
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && holder.compareAndSet(connection, null)
                            && !connection.isClosed()) {
                        run(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void run(Connection connection, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}
