package io.naap.db.auth;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How every plugin service authenticates its callers. */
@ConfigMapping(prefix = "naap.auth")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface AuthRuntimeConfig {

    /**
     * {@code session} (the default): callers present the platform's session token; {@code headers}: the service
     * trusts {@code x-user-id}, {@code x-team-id} and {@code x-user-roles} (development and tests only). Environment
     * variable {@code NAAP_AUTH_MODE}.
     */
    @WithDefault("session")
    AuthMode mode();

    /**
     * The key of the HMAC-SHA256 that the platform's shell stores session tokens under ({@code tokenHash}); without
     * it, tokens are looked up by their plain SHA-256, as the shell does outside production. Environment variable
     * {@code SESSION_TOKEN_PEPPER}, the shell's own.
     */
    Optional<String> sessionTokenPepper();

    /**
     * How long a validated session is remembered before the database is asked again. A session the shell revokes
     * (deleted, expired early, user suspended or its sessionVersion bumped) keeps working at most this long, and so
     * does a removed team membership. Environment variable {@code NAAP_AUTH_SESSION_CACHE_TTL}.
     */
    @WithDefault("30S")
    Duration sessionCacheTtl();
}
