package io.naap.db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import io.naap.db.PluginSchema;

/**
 * Before every migration, creates each schema of {@link PluginSchema} that does not exist yet (runs of several
 * services are serialised by {@link MigrationLock}).
 */
final class CreatePluginSchemasCallback implements Callback {

    private static final Pattern SAFE_SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(createSchemasStatement());
        } catch (SQLException e) {
            throw new FlywayException("Could not create the plugin schemas: " + e.getMessage(), e);
        }
    }

    static String createSchemasStatement() {
        String creates = PluginSchema.schemaNames().stream()
                .map(CreatePluginSchemasCallback::requireSafe)
                .map(name -> "CREATE SCHEMA IF NOT EXISTS \"" + name + "\";")
                .collect(Collectors.joining(" "));
        return creates;
    }

    private static String requireSafe(String schemaName) {
        if (!SAFE_SCHEMA_NAME.matcher(schemaName).matches()) {
            throw new IllegalStateException("Unsafe schema name in PluginSchema: " + schemaName);
        }
        return schemaName;
    }

    @Override
    public String getCallbackName() {
        return "naap-create-plugin-schemas";
    }
}
