package io.naap.capacity;

import java.time.Instant;
import java.util.Locale;

import io.naap.db.data.Filter;
import io.naap.db.model.capacity.CapacityRequestStatus;
import io.naap.db.model.capacity.CapacityRequest_;

/**
 * Active and archived, declared once. A request is <em>active</em> while its status is {@code ACTIVE} and its
 * {@code validUntil} has not passed; every other request is <em>archived</em>. The list, the summary and the archive
 * all filter with these two, so {@code all} = {@code active} + {@code archived}, always.
 */
final class Lifecycle {

    private Lifecycle() {
    }

    /** {@code status = ACTIVE AND validUntil >= now}. */
    static Filter active(Instant now) {
        return Filter.and(Filter.eq(CapacityRequest_.STATUS, CapacityRequestStatus.ACTIVE),
                Filter.gte(CapacityRequest_.VALID_UNTIL, now));
    }

    /** Exactly the complement of {@link #active} (both columns are NOT NULL). */
    static Filter archived(Instant now) {
        return Filter.not(active(now));
    }

    /** The list's {@code status} parameter: {@code active} (the default, and any unknown value), archived, all. */
    static Filter byStatusParameter(String status, Instant now) {
        String value = status == null ? "" : status.toLowerCase(Locale.ROOT);
        return switch (value) {
            case "archived" -> archived(now);
            case "all" -> Filter.all();
            default -> active(now);
        };
    }
}
