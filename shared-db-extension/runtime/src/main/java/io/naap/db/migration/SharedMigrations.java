package io.naap.db.migration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.naap.db.PluginSchema;

/**
 * The central migrations of every plugin schema: one Flyway history, kept in {@code public}. Services apply it at
 * start (Quarkus' Flyway, customised by {@link SharedFlywayCustomizer}); a migration job or a test applies the very
 * same configuration through {@link #flyway(DataSource)}.
 */
public final class SharedMigrations {

    /** Where the migrations live inside the extension; also set as {@code quarkus.flyway.locations}. */
    public static final String LOCATION = "classpath:db/naap";
    /** The history table, shared by every schema. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private SharedMigrations() {
    }

    /** Applies the shared settings to a Flyway configuration. */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        if (configuration.getDataSource() != null) {
            // Services starting at once on one database migrate it one after the other.
            configuration.dataSource(MigrationLock.around(configuration.getDataSource()));
        }
        return configuration
                .locations(LOCATION)
                .schemas(PluginSchema.schemaNames().toArray(String[]::new))
                .defaultSchema(PluginSchema.PUBLIC.schemaName())
                .table(HISTORY_TABLE)
                // Schemas are created by the callback, so that one added to PluginSchema later is created too.
                .createSchemas(false)
                // A database the original Prisma setup created has tables but no history: start its history at 0
                // and apply every (idempotent) migration over it.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .callbacks(new CreatePluginSchemasCallback());
    }

    /** A Flyway over {@code dataSource} with the shared settings, for migration jobs and tests. */
    public static Flyway flyway(DataSource dataSource) {
        return configure(Flyway.configure(SharedMigrations.class.getClassLoader()).dataSource(dataSource)).load();
    }
}
