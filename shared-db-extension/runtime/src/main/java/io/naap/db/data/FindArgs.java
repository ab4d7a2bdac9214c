package io.naap.db.data;

import java.util.List;
import java.util.Objects;

/**
 * The arguments of {@code findMany}/{@code findFirst}: a filter, an ordering on several fields, a page
 * ({@code skip}/{@code take}, or a {@code cursor}: the id of the record the page starts at), the fields to read
 * ({@code select}, for {@code findManyRows}) and the relations to load with the records ({@code include}, one extra
 * statement per relation whatever the number of records). Immutable; each method returns a changed copy.
 */
public record FindArgs(Filter where, List<OrderBy> orderBy, int skip, Integer take, Object cursor,
        List<String> select, List<String> include) {

    public FindArgs {
        Objects.requireNonNull(where);
        orderBy = List.copyOf(orderBy);
        select = List.copyOf(select);
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
        return new FindArgs(Filter.all(), List.of(), 0, null, null, List.of(), List.of());
    }

    public static FindArgs where(Filter where) {
        return all().and(where);
    }

    /** These arguments with {@code filter} added to the filter. */
    public FindArgs and(Filter filter) {
        return new FindArgs(where.and(filter), orderBy, skip, take, cursor, select, include);
    }

    public FindArgs orderBy(OrderBy... keys) {
        return orderBy(List.of(keys));
    }

    public FindArgs orderBy(List<OrderBy> keys) {
        return new FindArgs(where, keys, skip, take, cursor, select, include);
    }

    public FindArgs skip(int count) {
        return new FindArgs(where, orderBy, count, take, cursor, select, include);
    }

    public FindArgs take(int count) {
        return new FindArgs(where, orderBy, skip, count, cursor, select, include);
    }

    /**
     * Starts the page at the record with this id, in the given order (Prisma's {@code cursor}; add
     * {@code skip(1)} to start after it). The id breaks ties in the order; no record is found when the cursor's
     * record does not match the filter.
     */
    public FindArgs cursor(Object id) {
        return new FindArgs(where, orderBy, skip, take, id, select, include);
    }

    /** Reads only these fields ({@code findManyRows}); the id is always read. */
    public FindArgs select(String... fields) {
        return select(List.of(fields));
    }

    public FindArgs select(List<String> fields) {
        return new FindArgs(where, orderBy, skip, take, cursor, fields, include);
    }

    /** Loads these relations of the records too (Prisma's {@code include}). */
    public FindArgs include(String... relations) {
        return include(List.of(relations));
    }

    public FindArgs include(List<String> relations) {
        return new FindArgs(where, orderBy, skip, take, cursor, select, relations);
    }
}
