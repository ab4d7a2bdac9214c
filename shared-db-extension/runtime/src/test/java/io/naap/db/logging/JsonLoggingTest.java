package io.naap.db.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.RuntimeValue;

/** The console's JSON lines: one object per record, with its MDC (the request id) and its exception. */
class JsonLoggingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aRecordIsOneJsonLineWithItsMdc() throws Exception {
        ExtLogRecord record = record(Level.INFO, "created project %s");
        record.setParameters(new Object[] { "Apollo \"1\"" });
        record.putMdc("requestId", "req-123");

        String line = new JsonLogFormatter().format(record);

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = MAPPER.readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("io.naap.tracker.ProjectResource");
        assertThat(json.path("message").asText()).isEqualTo("created project Apollo \"1\"");
        assertThat(json.path("threadName").asText()).isEqualTo(Thread.currentThread().getName());
        assertThat(json.path("mdc").path("requestId").asText()).isEqualTo("req-123");
        assertThat(json.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(json.has("exception")).isFalse();
    }

    @Test
    void anExceptionIsWrittenWithItsTypeMessageFramesAndCause() throws Exception {
        ExtLogRecord record = record(Level.SEVERE, "request failed");
        record.setThrown(new IllegalStateException("outer", new IllegalArgumentException("inner")));

        JsonNode json = MAPPER.readTree(new JsonLogFormatter().format(record));

        assertThat(json.path("level").asText()).isEqualTo("SEVERE");
        JsonNode exception = json.path("exception");
        assertThat(exception.path("exceptionType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(exception.path("message").asText()).isEqualTo("outer");
        assertThat(exception.path("frames").get(0).path("class").asText()).isEqualTo(JsonLoggingTest.class.getName());
        assertThat(exception.at("/causedBy/exception/exceptionType").asText())
                .isEqualTo("java.lang.IllegalArgumentException");
        assertThat(exception.at("/causedBy/exception/message").asText()).isEqualTo("inner");
        assertThat(json.path("mdc").isObject()).isTrue();
    }

    @Test
    void theSwitchLeavesQuarkusTextFormatWhenOff() {
        assertThat(new JsonLoggingRecorder(new RuntimeValue<>(() -> true)).consoleFormatter().getValue())
                .get().isInstanceOf(JsonLogFormatter.class);
        assertThat(new JsonLoggingRecorder(new RuntimeValue<>(() -> false)).consoleFormatter().getValue()).isEmpty();
    }

    private static ExtLogRecord record(Level level, String message) {
        ExtLogRecord record = new ExtLogRecord(level, message, ExtLogRecord.FormatStyle.PRINTF,
                JsonLoggingTest.class.getName());
        record.setLoggerName("io.naap.tracker.ProjectResource");
        return record;
    }
}
