package io.naap.db.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says how the service authenticates: in {@code /q/health} (and {@code /q/health/live}) as the data of the check
 * "Authentication", and once at start in the log, as a warning when the service trusts headers.
 */
@Liveness
@ApplicationScoped
public class AuthModeHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(AuthModeHealthCheck.class);

    private final AuthRuntimeConfig config;

    AuthModeHealthCheck(AuthRuntimeConfig config) {
        this.config = config;
    }

    void announce(@Observes StartupEvent start) {
        if (config.mode() == AuthMode.HEADERS) {
            LOG.warn("NAAP_AUTH_MODE=headers: x-user-id, x-team-id and x-user-roles are trusted as sent; any client"
                    + " that reaches this service can act as any user of any team. For local development and tests"
                    + " only: never deploy it so.");
        } else if (config.sessionTokenPepper().isEmpty()) {
            LOG.info("Authentication by platform session; no SESSION_TOKEN_PEPPER: tokens are looked up by their"
                    + " plain SHA-256, as the platform's shell stores them outside production.");
        } else {
            LOG.info("Authentication by platform session (tokens looked up by HMAC-SHA256 with the pepper).");
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Authentication").up()
                .withData("mode", config.mode().name().toLowerCase(java.util.Locale.ROOT))
                .withData("sessionCacheTtl", config.sessionCacheTtl().toString())
                .build();
    }
}
