package io.naap.capacity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list's two pagination styles, as the original parses them: {@code page} (≥ 1, default 1) and
 * {@code pageSize} (1..100, default 20); or, when {@code limit} or {@code offset} is given, {@code limit} as the page
 * size (a missing or zero limit is 20) and {@code offset} as the number skipped (≥ 0), the page being the one the
 * offset falls in. Values are read as JavaScript's {@code parseInt} reads them; an unreadable one is the default.
 */
record Paging(int page, int pageSize, int skip) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

    static Paging of(String limit, String offset, String page, String pageSize) {
        if (limit != null || offset != null) {
            long size = clamp(jsInt(limit).filter(l -> l != 0).orElse((long) DEFAULT_SIZE), 1, MAX_SIZE);
            long skip = Math.max(0, jsInt(offset).orElse(0L));
            skip = Math.min(skip, Integer.MAX_VALUE);
            return new Paging((int) Math.min(Integer.MAX_VALUE, skip / size + 1), (int) size, (int) skip);
        }
        long number = Math.max(1, jsInt(page).orElse(1L));
        long size = clamp(jsInt(pageSize).orElse((long) DEFAULT_SIZE), 1, MAX_SIZE);
        number = Math.min(number, Integer.MAX_VALUE / size + 1);
        return new Paging((int) number, (int) size, (int) ((number - 1) * size));
    }

    /** {@code parseInt(text, 10)}: the leading integer, saturated to a long; empty where it gives NaN. */
    static Optional<Long> jsInt(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_INTEGER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(1);
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return Optional.of(digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
