package io.naap.db.error;

/** The stable error codes of the platform's envelope, with the HTTP status each is answered with. */
public enum ErrorCode {
    VALIDATION_ERROR(400),
    FOREIGN_KEY_VIOLATION(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    UNIQUE_CONSTRAINT_VIOLATION(409),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503),
    /**
     * The connection broke while a write committed: it may or may not have been applied. Read it back, or retry it
     * idempotently (a client-chosen id through an upsert).
     */
    COMMIT_OUTCOME_UNKNOWN(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
