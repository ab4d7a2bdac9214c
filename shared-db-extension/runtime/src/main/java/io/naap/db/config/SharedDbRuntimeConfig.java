package io.naap.db.config;

import jakarta.validation.constraints.Min;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Runtime configuration of a plugin service built on the shared-db extension. */
@ConfigMapping(prefix = "naap")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface SharedDbRuntimeConfig {

    /**
     * The plugin this service serves, as listed in {@code PluginSchema} (e.g. {@code task-tracker}). It names the
     * service in {@code /healthz} and {@code /health}.
     */
    @WithDefault("${quarkus.application.name}")
    String plugin();

    /**
     * Whether the service's data belongs to teams. {@code true} (the default, the task-tracker's case): every
     * {@code /api/...} route needs an authenticated caller and {@code x-team-id} naming one of the caller's teams.
     * {@code false}, for plugins whose data is user-owned (community): no team is asked for; the caller is
     * authenticated when credentials are sent (invalid ones make the request anonymous, and a route that needs a user
     * answers 401), each route decides whether it needs one, and the REST projection, whose safety rests on team
     * scoping, is not served. Environment variable {@code NAAP_TEAM_SCOPED}.
     */
    @WithDefault("true")
    boolean teamScoped();

    /**
     * The HTTP port this service listens on when the platform's {@code PORT} variable is not set; each service sets
     * its own (task-tracker 4070, capacity-planner 4003, community 4006).
     */
    @WithDefault("8080")
    int defaultPort();

    /** The REST projection of the plugin's models ({@code /api/v1/<plugin>/_data/<Model>}). */
    Projection projection();

    interface Projection {

        /**
         * Whether the service serves the projection at all: a build-time switch ({@code @IfBuildProperty} on the
         * resource), off unless the service sets {@code naap.projection.enabled=true} in its
         * {@code application.properties}; changing it at run time has no effect.
         */
        @WithDefault("false")
        boolean enabled();

        /** Records in a page when {@code ?take} is not given. */
        @WithDefault("20")
        @Min(1)
        int defaultTake();

        /** The largest {@code ?take}. */
        @WithDefault("100")
        @Min(1)
        int maxTake();

        /** The most records one {@code POST /_bulk} creates. */
        @WithDefault("1000")
        @Min(1)
        int maxBulk();
    }
}
