package io.naap.db;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one list of database schemas of the platform: each plugin's schema, the prefixes its model names carry and
 * the name its service is deployed under. Migrations, health checks, build-time rules and documentation all read it
 * from here, so adding a plugin schema is one edit.
 */
public enum PluginSchema {
    /** Platform core (users, teams, billing): no prefix, no plugin service. */
    PUBLIC("public", null),
    COMMUNITY("plugin_community", "community", "Community"),
    WALLET("plugin_wallet", "my-wallet", "Wallet"),
    DASHBOARD("plugin_dashboard", "my-dashboard", "Dashboard"),
    DAYDREAM("plugin_daydream", "daydream-video", "Daydream"),
    SERVICE_GATEWAY("plugin_service_gateway", "service-gateway", "Gateway", "Connector", "Service"),
    CAPACITY("plugin_capacity", "capacity-planner", "Capacity"),
    DEVELOPER_API("plugin_developer_api", "developer-api", "DevApi"),
    TRACKER("plugin_tracker", "task-tracker", "Tracker");

    private final String schemaName;
    private final String pluginName;
    private final List<String> modelPrefixes;

    PluginSchema(String schemaName, String pluginName, String... modelPrefixes) {
        this.schemaName = schemaName;
        this.pluginName = pluginName;
        this.modelPrefixes = List.of(modelPrefixes);
    }

    /** The PostgreSQL schema name, e.g. {@code plugin_tracker}. */
    public String schemaName() {
        return schemaName;
    }

    /** The plugin (and service) name, e.g. {@code task-tracker}; empty for the platform core. */
    public Optional<String> pluginName() {
        return Optional.ofNullable(pluginName);
    }

    /** The prefixes a model of this schema must start with, e.g. {@code Tracker}; empty for the platform core. */
    public List<String> modelPrefixes() {
        return modelPrefixes;
    }

    /** Every schema name, in declaration order ({@code public} first). */
    public static List<String> schemaNames() {
        return Arrays.stream(values()).map(PluginSchema::schemaName).toList();
    }

    public static Optional<PluginSchema> bySchemaName(String schemaName) {
        return Arrays.stream(values()).filter(s -> s.schemaName.equals(schemaName)).findFirst();
    }

    public static Optional<PluginSchema> byPluginName(String pluginName) {
        return Arrays.stream(values()).filter(s -> pluginName.equals(s.pluginName)).findFirst();
    }
}
