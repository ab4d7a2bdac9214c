package io.naap.db.deployment;

import io.naap.db.logging.JsonLoggingRecorder;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.LogConsoleFormatBuildItem;

/** Every service's console log as JSON lines, unless {@code naap.log.json} is off (dev and test). */
class JsonLoggingProcessor {

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    LogConsoleFormatBuildItem jsonConsole(JsonLoggingRecorder recorder) {
        return new LogConsoleFormatBuildItem(recorder.consoleFormatter());
    }
}
