package io.naap.db.deployment.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.naap.db.PluginSchema;

/**
 * NAAP-DB-013: a service is one of the platform's plugins: its name ({@code naap.plugin}, by default
 * {@code quarkus.application.name}) is a plugin of {@link PluginSchema}. A name that is none would find no schema
 * at run time: every projected model would answer 404 and the health check would watch no schema.
 */
final class PluginNameRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-013";
    private static final List<String> PLUGINS = Arrays.stream(PluginSchema.values())
            .map(schema -> schema.pluginName().orElse(null)).filter(Objects::nonNull).toList();

    @Override
    public List<Violation> check(ApplicationView app) {
        String key = app.serviceProperties().containsKey("naap.plugin") ? "naap.plugin" : "quarkus.application.name";
        String name = app.serviceProperties().get(key);
        if (name == null || name.contains("${") || PLUGINS.contains(name)) {
            return List.of();
        }
        return List.of(new Violation(CODE, app.property(key), "'" + name + "' is no plugin of the platform "
                + PLUGINS, "set " + key + " to the plugin's name, or add the plugin to io.naap.db.PluginSchema "
                + "with its schema and migrations"));
    }
}
