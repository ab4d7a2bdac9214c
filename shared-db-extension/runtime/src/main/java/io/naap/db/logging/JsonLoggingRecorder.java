package io.naap.db.logging;

import java.util.Optional;
import java.util.logging.Formatter;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/** Hands Quarkus' console handler the JSON formatter when {@code naap.log.json} is on. */
@Recorder
public class JsonLoggingRecorder {

    private final RuntimeValue<JsonLoggingRuntimeConfig> config;

    public JsonLoggingRecorder(RuntimeValue<JsonLoggingRuntimeConfig> config) {
        this.config = config;
    }

    public RuntimeValue<Optional<Formatter>> consoleFormatter() {
        return new RuntimeValue<>(config.getValue().json() ? Optional.of(new JsonLogFormatter()) : Optional.empty());
    }
}
