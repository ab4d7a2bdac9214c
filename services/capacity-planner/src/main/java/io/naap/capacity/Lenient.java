package io.naap.capacity;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * The original's lenient inputs, kept where its clients rely on them: a number may be sent as a numeric string
 * ({@code "24"}), a date as {@code YYYY-MM-DD} (midnight UTC) or an ISO date-time with a zone. Anything else is a
 * {@code VALIDATION_ERROR} naming the field; a number that is not an integer where one is needed too.
 */
final class Lenient {

    private Lenient() {
    }

    /** An integer: a JSON integer, a number with no fractional part, or a string holding one. */
    static final class IntegerValue extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = number(p, Integer.class);
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw InvalidFormatException.from(p, "must be an integer", p.getText(), Integer.class);
            }
        }
    }

    /** A finite number: a JSON number or a string holding one. */
    static final class NumberValue extends JsonDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            double value = number(p, Double.class).doubleValue();
            if (!Double.isFinite(value)) {
                throw InvalidFormatException.from(p, "must be a number", p.getText(), Double.class);
            }
            return value;
        }
    }

    private static BigDecimal number(JsonParser p, Class<?> target) throws IOException {
        JsonToken token = p.currentToken();
        try {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (token == JsonToken.VALUE_STRING && p.getText().strip().length() <= 32) {
                return new BigDecimal(p.getText().strip());
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw InvalidFormatException.from(p, "must be a number", p.getText(), target);
    }

    /** {@code YYYY-MM-DD} (midnight UTC) or an ISO-8601 date-time with {@code Z} or an offset. */
    static final class DateValue extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText().strip();
                try {
                    if (text.length() == 10) {
                        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                    }
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    // falls through to the error below
                }
            }
            throw InvalidFormatException.from(p, "must be a date (YYYY-MM-DD) or an ISO date-time", p.getText(),
                    Instant.class);
        }
    }
}
