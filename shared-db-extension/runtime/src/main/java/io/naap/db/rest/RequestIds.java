package io.naap.db.rest;

import java.util.UUID;
import java.util.regex.Pattern;

/** The {@code x-request-id} of a request: the caller's when it is well-formed, a new UUID otherwise. */
public final class RequestIds {

    public static final String HEADER = "x-request-id";
    /** The logging MDC key under which every log record of a request carries its id. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
