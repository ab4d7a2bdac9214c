package io.naap.db.logging;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a plugin service writes its console log. */
@ConfigMapping(prefix = "naap.log")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface JsonLoggingRuntimeConfig {

    /**
     * Whether the console log is JSON, one object per line ({@link JsonLogFormatter}). {@code true} by default, and
     * {@code false} in the dev and test profiles, which keep Quarkus' text lines. Environment variable
     * {@code NAAP_LOG_JSON}.
     */
    @WithDefault("true")
    boolean json();
}
