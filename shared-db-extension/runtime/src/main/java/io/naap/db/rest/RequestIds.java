package io.naap.db.rest;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        return candidate != null && WELL_FORMED.matcher(candidate).matches() ? candidate : generate();
    }

    /**
     * A random (version 4) UUID from the thread's generator: a request id identifies, it protects nothing, so it
     * needs no {@code SecureRandom}, whose shared generator every request would otherwise wait on.
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
