package io.naap.db.data;

import java.util.List;
import java.util.Objects;

/**
 * The arguments of {@code findMany}/{@code findFirst}: a filter, an ordering on several fields and a page
 * ({@code skip}/{@code take}). Immutable; each method returns a changed copy.
 */
public record FindArgs(Filter where, List<OrderBy> orderBy, int skip, Integer take) {

    public FindArgs {
        Objects.requireNonNull(where);
        orderBy = List.copyOf(orderBy);
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative");
        }
        if (take != null && take < 0) {
            throw new IllegalArgumentException("take must not be negative");
        }
    }

    /** Every record, in no particular order. */
    public static FindArgs all() {
        return new FindArgs(Filter.all(), List.of(), 0, null);
    }

    public static FindArgs where(Filter where) {
        return all().and(where);
    }

    /** These arguments with {@code filter} added to the filter. */
    public FindArgs and(Filter filter) {
        return new FindArgs(where.and(filter), orderBy, skip, take);
    }

    public FindArgs orderBy(OrderBy... keys) {
        return new FindArgs(where, List.of(keys), skip, take);
    }

    public FindArgs skip(int count) {
        return new FindArgs(where, orderBy, count, take);
    }

    public FindArgs take(int count) {
        return new FindArgs(where, orderBy, skip, count);
    }
}
