package io.naap.db.logging;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.jboss.logmanager.formatters.StructuredFormatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One JSON object per log record and line, with the fields of JBoss LogManager's structured formatter
 * ({@code timestamp}, {@code level}, {@code loggerName}, {@code message}, {@code threadName}, {@code mdc} — where
 * the request id is —, {@code exception} with its type, message, frames and cause, …). Written with Jackson, which every service has: JBoss LogManager's own
 * {@code JsonFormatter} needs a Jakarta JSON provider on the boot class path, which is what quarkus-logging-json
 * (not to be had for 3.36.1) would arrange.
 */
public class JsonLogFormatter extends StructuredFormatter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    public JsonLogFormatter() {
        // Timestamps in UTC, as the API writes them.
        setZoneId("UTC");
    }

    @Override
    protected Generator createGenerator(Writer writer) throws IOException {
        return new JacksonGenerator(JSON.createGenerator(writer));
    }

    private static final class JacksonGenerator implements Generator {

        private final JsonGenerator json;

        JacksonGenerator(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public Generator begin() throws IOException {
            json.writeStartObject();
            return this;
        }

        @Override
        public Generator add(String key, int value) throws IOException {
            json.writeNumberField(key, value);
            return this;
        }

        @Override
        public Generator add(String key, long value) throws IOException {
            json.writeNumberField(key, value);
            return this;
        }

        @Override
        public Generator add(String key, Map<String, ?> value) throws IOException {
            json.writeObjectFieldStart(key);
            if (value != null) {
                for (Map.Entry<String, ?> entry : value.entrySet()) {
                    add(entry.getKey(), entry.getValue() == null ? null : entry.getValue().toString());
                }
            }
            json.writeEndObject();
            return this;
        }

        @Override
        public Generator add(String key, String value) throws IOException {
            if (value == null) {
                json.writeNullField(key);
            } else {
                json.writeStringField(key, value);
            }
            return this;
        }

        @Override
        public Generator startObject(String key) throws IOException {
            if (key == null) {
                json.writeStartObject();
            } else {
                json.writeObjectFieldStart(key);
            }
            return this;
        }

        @Override
        public Generator endObject() throws IOException {
            json.writeEndObject();
            return this;
        }

        @Override
        public Generator startArray(String key) throws IOException {
            if (key == null) {
                json.writeStartArray();
            } else {
                json.writeArrayFieldStart(key);
            }
            return this;
        }

        @Override
        public Generator endArray() throws IOException {
            json.writeEndArray();
            return this;
        }

        @Override
        public Generator end() throws IOException {
            json.writeEndObject();
            json.close();
            return this;
        }
    }
}
