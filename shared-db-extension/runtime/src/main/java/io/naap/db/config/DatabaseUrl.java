package io.naap.db.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A {@code DATABASE_URL} in the form the original platform uses ({@code postgresql://user:pass@host:port/db?...}),
 * turned into the JDBC URL, credentials and pool settings of the shared datasource.
 *
 * <p>Prisma's pool parameters are honoured: {@code connection_limit} becomes the pool's maximum size and
 * {@code pool_timeout} (seconds) its acquisition timeout; {@code pgbouncer=true} disables server-side prepared
 * statements, which a transaction-mode pgbouncer cannot keep. Other parameters are passed to the driver unchanged.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> username, Optional<String> password,
        Optional<Integer> connectionLimit, Optional<Integer> poolTimeoutSeconds) {

    private static final java.util.Set<String> PRISMA_ONLY_PARAMS = java.util.Set.of(
            "connection_limit", "pool_timeout", "pgbouncer", "schema", "socket_timeout", "statement_cache_size");

    public static DatabaseUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgresql:// or postgres://, got " + scheme + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL has no host");
        }
        Map<String, String> params = queryParams(uri.getRawQuery());
        StringJoiner driverParams = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((key, value) -> {
            if (!PRISMA_ONLY_PARAMS.contains(key)) {
                driverParams.add(key + "=" + value);
            }
        });
        if ("true".equals(params.get("pgbouncer"))) {
            driverParams.add("prepareThreshold=0");
        }
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String jdbcUrl = "jdbc:postgresql://" + host + port + path + driverParams;

        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        return new DatabaseUrl(jdbcUrl, user, password,
                positiveInt(params, "connection_limit"), positiveInt(params, "pool_timeout"));
    }

    private static Map<String, String> queryParams(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return params;
    }

    private static Optional<Integer> positiveInt(Map<String, String> params, String key) {
        String value = params.get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed <= 0) {
                throw new NumberFormatException();
            }
            return Optional.of(parsed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DATABASE_URL parameter " + key + " must be a positive integer");
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
