package io.naap.db.data;

import java.util.List;
import java.util.Objects;

/**
 * The arguments of {@code findMany}/{@code findFirst}: a filter, an ordering on several fields, a page
 * ({@code skip}/{@code take}) and the relations to load with the records ({@code include}, one extra statement per
 * relation whatever the number of records). Immutable; each method returns a changed copy.
 */
public record FindArgs(Filter where, List<OrderBy> orderBy, int skip, Integer take, List<String> include) {

    public FindArgs {
        Objects.requireNonNull(where);
        orderBy = List.copyOf(orderBy);
        include = List.copyOf(include);
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative");
        }
        if (take != null && take < 0) {
            throw new IllegalArgumentException("take must not be negative");
        }
    }

    /** Every record, in no particular order. */
    public static FindArgs all() {
        return new FindArgs(Filter.all(), List.of(), 0, null, List.of());
    }

    public static FindArgs where(Filter where) {
        return all().and(where);
    }

    /** These arguments with {@code filter} added to the filter. */
    public FindArgs and(Filter filter) {
        return new FindArgs(where.and(filter), orderBy, skip, take, include);
    }

    public FindArgs orderBy(OrderBy... keys) {
        return orderBy(List.of(keys));
    }

    public FindArgs orderBy(List<OrderBy> keys) {
        return new FindArgs(where, keys, skip, take, include);
    }

    public FindArgs skip(int count) {
        return new FindArgs(where, orderBy, count, take, include);
    }

    public FindArgs take(int count) {
        return new FindArgs(where, orderBy, skip, count, include);
    }

    /** Loads these relations of the records too (Prisma's {@code include}). */
    public FindArgs include(String... relations) {
        return new FindArgs(where, orderBy, skip, take, List.of(relations));
    }
}
