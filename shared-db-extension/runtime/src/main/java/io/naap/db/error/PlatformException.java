package io.naap.db.error;

import java.util.List;
import java.util.Map;

/**
 * An error typed by meaning, answered by the one exception mapper as
 * {@code {"success": false, "error": {"code", "message", "details"?}}}. Messages follow the data API blueprint.
 */
public class PlatformException extends RuntimeException {

    private final ErrorCode code;
    private final transient Object details;

    public PlatformException(ErrorCode code, String message, Object details, Throwable cause) {
        super(message, cause, false, false);
        this.code = code;
        this.details = details;
    }

    public PlatformException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public ErrorCode code() {
        return code;
    }

    /** Structured details for the client, or {@code null}. */
    public Object details() {
        return details;
    }

    /** {@code NOT_FOUND}: "No {model} found". */
    public static PlatformException notFound(String model) {
        return new PlatformException(ErrorCode.NOT_FOUND, "No " + model + " found", Map.of("model", model), null);
    }

    public static PlatformException unauthorized(String message) {
        return new PlatformException(ErrorCode.UNAUTHORIZED, message);
    }

    public static PlatformException forbidden(String message) {
        return new PlatformException(ErrorCode.FORBIDDEN, message);
    }

    /** {@code VALIDATION_ERROR} for one field: "Invalid value for field {field}: {reason}". */
    public static PlatformException invalidField(String field, String reason) {
        return invalidFields(List.of(new FieldError(field, reason)));
    }

    /** {@code VALIDATION_ERROR} listing every invalid field; the message names the first. */
    public static PlatformException invalidFields(List<FieldError> fields) {
        FieldError first = fields.get(0);
        String message = "Invalid value for field " + first.field() + ": " + first.reason();
        return new PlatformException(ErrorCode.VALIDATION_ERROR, message, Map.of("fields", fields), null);
    }

    /** The reason given for a value outside an enum: "must be one of A, B, C" (the constants' names). */
    public static String mustBeOneOf(Class<?> enumType) {
        return "must be one of " + java.util.Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String reason) {
    }
}
