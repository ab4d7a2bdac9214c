package io.naap.db.migration;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/** Applies {@link SharedMigrations} to the Flyway that Quarkus runs at start. */
@Singleton
public class SharedFlywayCustomizer implements FlywayConfigurationCustomizer {
    @Override
    public void customize(FluentConfiguration configuration) {
        SharedMigrations.configure(configuration);
    }
}
