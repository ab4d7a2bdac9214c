package io.naap.db.testing.http;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The platform's error envelope, as every service answers it: assertions for a service's HTTP tests. */
public final class Envelopes {

    /** JavaScript's {@code toISOString()}: UTC, milliseconds, as every timestamp the platform answers. */
    public static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private Envelopes() {
    }

    /** Asserts the error envelope with {@code status} and {@code code}; returns the response for further checks. */
    public static ValidatableResponse assertError(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(ContentType.JSON)
                .body("success", is(false))
                .body("error.code", is(code))
                .body("error.message", not(emptyOrNullString()))
                .body("meta.requestId", not(emptyOrNullString()))
                .body("meta.timestamp", matchesPattern(ISO_MILLIS));
    }

    /** A {@code VALIDATION_ERROR} naming {@code field}, in the blueprint's message form. */
    public static ValidatableResponse assertInvalidField(ValidatableResponse response, String field) {
        return assertError(response, 400, "VALIDATION_ERROR")
                .body("error.details.fields.field", hasItem(field))
                .body("error.message", startsWith("Invalid value for field " + field + ": "));
    }
}
