package io.naap.db.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.naap.db.error.PlatformException;

/**
 * The error envelope of every service:
 * {@code {"success": false, "error": {"code", "message", "details"?}, "meta": {"timestamp", "requestId"}}}.
 */
public record ErrorEnvelope(boolean success, Body error, Meta meta) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String code, String message, Object details) {
    }

    public record Meta(Instant timestamp, String requestId) {
    }

    public static ErrorEnvelope of(PlatformException e, String requestId) {
        return new ErrorEnvelope(false, new Body(e.code().name(), e.getMessage(), e.details()),
                new Meta(Instant.now(), requestId));
    }
}
