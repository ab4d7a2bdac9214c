package io.naap.db.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.error.PlatformException;

/** Turns a JSON value into the Java value of a model field, or a {@code VALIDATION_ERROR} naming the field. */
final class JsonValues {

    private JsonValues() {
    }

    /** The value of {@code node} for {@code field}; {@code path} names it in errors (e.g. {@code where.title}). */
    static Object toJava(FieldSpec field, JsonNode node, String path) {
        Class<?> type = field.type();
        switch (field.kind()) {
            case TEXT -> {
                require(node.isTextual(), path, "must be a string");
                return node.textValue();
            }
            case INTEGER -> {
                require(node.isIntegralNumber() && node.canConvertToLong(), path, "must be an integer");
                if (type == Integer.class || type == int.class) {
                    require(node.canConvertToInt(), path, "is out of range");
                    return node.intValue();
                }
                if (type == Short.class || type == short.class) {
                    require(node.canConvertToInt() && node.intValue() == (short) node.intValue(), path, "is out of range");
                    return (short) node.intValue();
                }
                return node.longValue();
            }
            case DECIMAL -> {
                require(node.isNumber(), path, "must be a number");
                if (type == BigDecimal.class) {
                    return node.decimalValue();
                }
                return type == Float.class || type == float.class ? node.floatValue() : node.doubleValue();
            }
            case BOOLEAN -> {
                require(node.isBoolean(), path, "must be a boolean");
                return node.booleanValue();
            }
            case DATE_TIME -> {
                require(node.isTextual(), path, "must be an ISO-8601 date-time string");
                return dateTime(type, node.textValue(), path);
            }
            case ENUM -> {
                require(node.isTextual(), path, "must be a string");
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(node.textValue())) {
                        return constant;
                    }
                }
                throw PlatformException.invalidField(path, PlatformException.mustBeOneOf(type));
            }
            default -> throw PlatformException.invalidField(path, "cannot be compared");
        }
    }

    private static Object dateTime(Class<?> type, String text, String path) {
        try {
            if (type == Instant.class) {
                return OffsetDateTime.parse(text).toInstant();
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw PlatformException.invalidField(path, "must be an ISO-8601 date-time string");
        }
    }

    static void require(boolean condition, String path, String reason) {
        if (!condition) {
            throw PlatformException.invalidField(path, reason);
        }
    }
}
