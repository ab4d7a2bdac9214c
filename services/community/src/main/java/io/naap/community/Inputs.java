package io.naap.community;

import java.util.Locale;

import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;

/** Query parameters and enum values as the original reads them, with a 400 where it answered 500. */
final class Inputs {

    private Inputs() {
    }

    /** A page: §0.4's {@code page}/{@code pageSize}, or {@code limit}/{@code offset} when either is present. */
    record Page(int page, int pageSize, int skip) {

        static Page of(String page, String pageSize, String limit, String offset) {
            if (limit != null || offset != null) {
                int size = clamp(limit == null ? 20 : integer("limit", limit, 20), 1, 100);
                int skip = Math.max(0, offset == null ? 0 : integer("offset", offset, 0));
                return new Page(skip / size + 1, size, skip);
            }
            int number = Math.max(1, page == null ? 1 : integer("page", page, 1));
            int size = clamp(pageSize == null ? 20 : integer("pageSize", pageSize, 20), 1, 100);
            if ((long) (number - 1) * size > Integer.MAX_VALUE) {
                throw PlatformException.invalidField("page", "is too large");
            }
            return new Page(number, size, (number - 1) * size);
        }

        /** {@code meta{page,pageSize,total,totalPages}}. */
        java.util.Map<String, Object> meta(long total) {
            return java.util.Map.of("page", page, "pageSize", pageSize, "total", total,
                    "totalPages", (total + pageSize - 1) / pageSize);
        }
    }

    /** An integer parameter: absent or empty is {@code fallback}, anything else not an integer is a 400. */
    static int integer(String name, String value, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw PlatformException.invalidField(name, "must be an integer");
        }
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** {@code true}, {@code false} or absent. */
    static Boolean bool(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw PlatformException.invalidField(name, "must be true or false");
        };
    }

    /** An enum value as the original normalises it: upper-cased, {@code -} read as {@code _}. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalidField(field, PlatformException.mustBeOneOf(type));
        }
    }

    /** The original's tag slug: lower case, whitespace runs as {@code -}. */
    static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /**
     * The full-text query of a search text: each word a prefix ({@code orch} finds "orchestrator"), all words
     * required. Only letters and digits reach {@code to_tsquery}, so no input can be a tsquery syntax error.
     */
    static String tsQuery(String text) {
        String query = java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .limit(16).map(w -> w.toLowerCase(Locale.ROOT) + ":*")
                .collect(java.util.stream.Collectors.joining(" & "));
        if (query.isEmpty()) {
            throw new PlatformException(ErrorCode.VALIDATION_ERROR, "Search query is required");
        }
        return query;
    }

    static PlatformException badRequest(String message) {
        return new PlatformException(ErrorCode.VALIDATION_ERROR, message);
    }

    static PlatformException notFound(String message) {
        return new PlatformException(ErrorCode.NOT_FOUND, message);
    }
}
