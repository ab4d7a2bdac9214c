package io.naap.db.rest.projection;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;

import io.naap.db.PluginSchema;
import io.naap.db.data.ModelSpec;
import io.naap.db.data.ownership.Ownership;
import io.naap.db.config.SharedDbRuntimeConfig;

/**
 * The models of the service's own plugin that a team owns: the entities whose table lives in the plugin's schema
 * and that declare themselves {@code @TeamOwned}. A model no team owns (the capacity planner's requests) is
 * not projected: nothing would narrow its rows to the caller, and its own routes carry its authorisation.
 */
@ApplicationScoped
public class PluginModels {

    private final String plugin;
    private final boolean teamScoped;
    private final Map<String, Class<?>> models = new TreeMap<>();

    PluginModels(EntityManagerFactory emf, SharedDbRuntimeConfig config) {
        this.plugin = config.plugin();
        this.teamScoped = config.teamScoped();
        String schema = PluginSchema.byPluginName(plugin).map(PluginSchema::schemaName).orElse(null);
        emf.getMetamodel().getEntities().forEach(entity -> {
            Class<?> type = entity.getJavaType();
            Table table = type.getAnnotation(Table.class);
            if (schema != null && table != null && schema.equals(table.schema()) && teamOwned(type)) {
                models.put(entity.getName(), type);
            }
        });
    }

    public String plugin() {
        return plugin;
    }

    /** Whether the service's data is team-owned: the projection is served only then. */
    public boolean teamScoped() {
        return teamScoped;
    }

    /** The entity class of {@code modelName}, when it is one of this plugin's models. */
    public Optional<Class<?>> byName(String modelName) {
        return Optional.ofNullable(models.get(modelName));
    }

    public Map<String, Class<?>> all() {
        return Map.copyOf(models);
    }

    private static boolean teamOwned(Class<?> type) {
        return Ownership.of(ModelSpec.of(type)).teamOwned();
    }
}
