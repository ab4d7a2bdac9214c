package io.naap.db.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.naap.db.auth.SessionStore;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.error.PlatformException.FieldError;
import io.naap.db.error.SqlErrorTranslator;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;

/**
 * The one place where every service's failures become the error envelope. Clients get a code, a message and, for
 * invalid input, the fields at fault; never a stack trace. Unexpected failures are logged with their request id.
 */
public class ErrorEnvelopeMapper {

    private static final Logger LOG = Logger.getLogger(ErrorEnvelopeMapper.class);
    private static final int MAX_ECHOED_VALUE = 64;
    /** When a client may try again after a 503: a database restart or fail-over takes seconds. */
    static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public Response platform(PlatformException e, HttpHeaders headers) {
        return respond(e, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers) {
        List<FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
                .toList();
        if (fields.isEmpty()) {
            return respond(new PlatformException(ErrorCode.VALIDATION_ERROR, "Invalid request"), headers);
        }
        return respond(PlatformException.invalidFields(fields), headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers) {
        return respond(fromJson(e), headers);
    }

    /** Declared at this type too, so that it takes precedence over Quarkus' own mapper of it (an empty 400). */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpHeaders headers) {
        return respond(fromJson(e), headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        // A parameter converter's PlatformException arrives wrapped (a 404 for a query parameter, by JAX-RS).
        PlatformException platform = causeOfType(e, PlatformException.class);
        if (platform != null) {
            return platform(platform, headers);
        }
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return respond(fromJson(json), headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers);
        }
        return respond(fromStatus(status), headers);
    }

    /**
     * A token that was presented and not accepted: 401, unless validating it failed for want of the database (503).
     * Declared here so that it takes precedence over Quarkus' own mapper (an empty 401).
     */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        PlatformException cause = causeOfType(e, PlatformException.class);
        if (cause != null) {
            return respond(cause, headers);
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? SessionStore.INVALID : e.getMessage();
        return respond(PlatformException.unauthorized(message), headers);
    }

    /** A route that requires an identity ({@code @Authenticated}, {@code @RolesAllowed}) called anonymously. */
    @ServerExceptionMapper
    public Response authenticationRequired(UnauthorizedException e, HttpHeaders headers) {
        return respond(PlatformException.unauthorized("No auth token provided"), headers);
    }

    /** An identity that lacks the role a route requires. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return respond(PlatformException.forbidden("Not allowed to use this route"), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (causeOfType(e, HttpClosedException.class) != null) {
            // The client went away (or the server is closing its connection): nobody is left to answer.
            LOG.debugf("Request %s: the connection closed before the answer", requestId(headers));
            return Response.noContent().build();
        }
        PlatformException translated = SqlErrorTranslator.translate(e)
                .orElseGet(() -> new PlatformException(ErrorCode.INTERNAL_ERROR, "Internal server error", null, e));
        if (translated.code() == ErrorCode.INTERNAL_ERROR) {
            LOG.errorf(e, "Request %s failed", requestId(headers));
        } else if (translated.code().status() >= 500) {
            LOG.warnf("Request %s failed: %s (%s)", requestId(headers), translated.getMessage(), e);
        }
        return respond(translated, headers);
    }

    /** The envelope for a bare HTTP status, for failures raised outside JAX-RS (unknown routes, oversized bodies). */
    public static PlatformException fromStatus(int status) {
        return switch (status) {
            case 401 -> new PlatformException(ErrorCode.UNAUTHORIZED, "Unauthorized");
            case 403 -> new PlatformException(ErrorCode.FORBIDDEN, "Forbidden");
            case 404 -> new PlatformException(ErrorCode.NOT_FOUND, "Route not found");
            case 405 -> new PlatformException(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed on this route");
            case 406 -> new PlatformException(ErrorCode.NOT_ACCEPTABLE, "This route answers application/json only");
            case 413 -> new PlatformException(ErrorCode.PAYLOAD_TOO_LARGE, "Request body too large");
            case 415 -> new PlatformException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Request body must be application/json");
            case 429 -> new PlatformException(ErrorCode.RATE_LIMITED, "Too many requests");
            default -> new PlatformException(ErrorCode.VALIDATION_ERROR, "Bad request");
        };
    }

    private static Response respond(PlatformException e, HttpHeaders headers) {
        Response.ResponseBuilder response = Response.status(e.code().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorEnvelope.of(e, requestId(headers)));
        if (e.code().status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    private static String requestId(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString(RequestIds.HEADER);
    }

    private static PlatformException fromJson(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return PlatformException.invalidField("body", "malformed JSON");
        }
        String field = jsonPath(mapping.getPath());
        return PlatformException.invalidField(field, jsonReason(mapping));
    }

    private static String jsonReason(JsonMappingException e) {
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return PlatformException.mustBeOneOf(format.getTargetType());
        }
        if (e instanceof InvalidFormatException format && isScalar(format.getTargetType())) {
            return mustBe(format.getTargetType());
        }
        if (e instanceof InvalidFormatException format) {
            return "invalid value '" + truncate(String.valueOf(format.getValue())) + "'";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return mustBe(mismatch.getTargetType());
        }
        return "invalid value";
    }

    private static boolean isScalar(Class<?> type) {
        return type != null && (type == String.class || type.isPrimitive() || Number.class.isAssignableFrom(type)
                || type == Boolean.class);
    }

    /** Why a JSON value could not become a {@code type}: "must be a string", "must be one of …". */
    private static String mustBe(Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be a boolean";
        }
        if (type.isEnum()) {
            return PlatformException.mustBeOneOf(type);
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(truncate(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** The field a violation is about: the bean property path, or the parameter name for a parameter constraint. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                properties.add(node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "body";
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String truncate(String value) {
        return value.length() <= MAX_ECHOED_VALUE ? value : value.substring(0, MAX_ECHOED_VALUE) + "…";
    }
}
