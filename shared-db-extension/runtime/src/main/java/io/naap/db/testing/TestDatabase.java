package io.naap.db.testing;

import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.naap.db.auth.AuthRuntimeConfig;
import io.naap.db.config.DatabaseUrl;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * Test support: the database and the session pepper a service's tests use, the same in both kinds of test. Inside a
 * {@code @QuarkusTest} they are the running application's; in a {@code @QuarkusIntegrationTest}, whose packaged
 * application runs in its own process, they come from the environment the application was started with
 * ({@code DATABASE_URL}, {@code SESSION_TOKEN_PEPPER}). Plugin code never uses it.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DataSource dataSource() {
        ArcContainer arc = Arc.container();
        if (arc != null && arc.isRunning()) {
            return arc.instance(DataSource.class).get();
        }
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("DATABASE_URL is not set: an integration test reaches the database the "
                    + "packaged application uses through it");
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(parsed.jdbcUrl());
        parsed.username().ifPresent(dataSource::setUser);
        parsed.password().ifPresent(dataSource::setPassword);
        return dataSource;
    }

    public static Optional<String> sessionTokenPepper() {
        ArcContainer arc = Arc.container();
        if (arc != null && arc.isRunning()) {
            return arc.instance(AuthRuntimeConfig.class).get().sessionTokenPepper();
        }
        return Optional.ofNullable(System.getenv("SESSION_TOKEN_PEPPER")).filter(pepper -> !pepper.isBlank());
    }
}
