package io.naap.db.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Exposes {@code DATABASE_URL} as the shared datasource's Quarkus configuration. Its ordinal sits above
 * {@code application.properties} (250) and below environment variables and system properties (300, 400), so the
 * standard {@code QUARKUS_DATASOURCE_*} variables still win when an operator sets them.
 */
public class DatabaseUrlConfigSource implements ConfigSource {

    static final String ENV_NAME = "DATABASE_URL";
    static final int ORDINAL = 275;

    private final Map<String, String> properties;

    public DatabaseUrlConfigSource() {
        this(System.getenv(ENV_NAME));
    }

    DatabaseUrlConfigSource(String databaseUrl) {
        this.properties = databaseUrl == null || databaseUrl.isBlank() ? Map.of() : toProperties(DatabaseUrl.parse(databaseUrl));
    }

    private static Map<String, String> toProperties(DatabaseUrl url) {
        Map<String, String> props = new HashMap<>();
        props.put("quarkus.datasource.jdbc.url", url.jdbcUrl());
        url.username().ifPresent(u -> props.put("quarkus.datasource.username", u));
        url.password().ifPresent(p -> props.put("quarkus.datasource.password", p));
        url.connectionLimit().ifPresent(n -> props.put("quarkus.datasource.jdbc.max-size", Integer.toString(n)));
        url.poolTimeoutSeconds().ifPresent(s -> props.put("quarkus.datasource.jdbc.acquisition-timeout", s + "S"));
        return Map.copyOf(props);
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "DATABASE_URL";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
