package io.naap.db.config;

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
}
