package io.naap.db.health;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.naap.db.PluginSchema;

/** Ready only when every schema of {@link PluginSchema} exists in the shared database. */
@Readiness
@ApplicationScoped
public class PluginSchemasHealthCheck implements HealthCheck {

    private final DataSource dataSource;

    PluginSchemasHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Plugin schemas");
        List<String> expected = PluginSchema.schemaNames();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT nspname FROM pg_namespace WHERE nspname = ANY (?)")) {
            Array names = connection.createArrayOf("text", expected.toArray());
            query.setArray(1, names);
            Set<String> present = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getString(1));
                }
            }
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(present);
            response.withData("schemas", expected.size());
            if (!missing.isEmpty()) {
                return response.down().withData("missing", String.join(",", missing)).build();
            }
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
