package io.naap.db.data;

import java.util.List;
import java.util.Objects;

/**
 * The arguments of {@code findMany}/{@code findFirst}: a filter, an ordering on several fields, a page
 * ({@code skip}/{@code take}, or a {@code cursor}: the id of the record the page starts at), the fields to read
 * ({@code select}, for {@code findManyRows}), the relations to load with the records ({@code include}, one extra
 * statement per relation whatever the number of records) and counts of related records ({@code count}, rows only,
 * in the same statement). Immutable; each method returns a changed copy.
 */
public record FindArgs(Filter where, List<OrderBy> orderBy, int skip, Integer take, Object cursor,
        List<String> select, List<String> include, List<RelationCount> counts) implements OperationArgs {

    /**
     * A count of related records (Prisma's {@code _count}), read in the same statement, under {@code name} in the
     * row's {@code _count} map; {@code where} narrows the related records counted.
     */
    public record RelationCount(String name, String relation, Filter where) {
        public RelationCount {
            Objects.requireNonNull(name);
            Objects.requireNonNull(relation);
            Objects.requireNonNull(where);
        }
    }

    public FindArgs {
        Objects.requireNonNull(where);
        orderBy = List.copyOf(orderBy);
        select = List.copyOf(select);
        include = List.copyOf(include);
        counts = List.copyOf(counts);
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative");
        }
        if (take != null && take < 0) {
            throw new IllegalArgumentException("take must not be negative");
        }
    }

    /** Every record, in no particular order. */
    public static FindArgs all() {
        return new FindArgs(Filter.all(), List.of(), 0, null, null, List.of(), List.of(), List.of());
    }

    public static FindArgs where(Filter where) {
        return all().and(where);
    }

    /** These arguments with {@code filter} added to the filter. */
    public FindArgs and(Filter filter) {
        return new FindArgs(where.and(filter), orderBy, skip, take, cursor, select, include, counts);
    }

    /** As {@link #and(Filter)}: a find narrowed by an interceptor. */
    @Override
    public FindArgs narrowed(Filter condition) {
        return and(condition);
    }

    public FindArgs orderBy(OrderBy... keys) {
        return orderBy(List.of(keys));
    }

    public FindArgs orderBy(List<OrderBy> keys) {
        return new FindArgs(where, keys, skip, take, cursor, select, include, counts);
    }

    public FindArgs skip(int count) {
        return new FindArgs(where, orderBy, count, take, cursor, select, include, counts);
    }

    public FindArgs take(int count) {
        return new FindArgs(where, orderBy, skip, count, cursor, select, include, counts);
    }

    /**
     * Starts the page at the record with this id, in the given order (Prisma's {@code cursor}; add
     * {@code skip(1)} to start after it). The id breaks ties in the order; no record is found when the cursor's
     * record does not match the filter.
     */
    public FindArgs cursor(Object id) {
        return new FindArgs(where, orderBy, skip, take, id, select, include, counts);
    }

    /** Reads only these fields ({@code findManyRows}); the id is always read. */
    public FindArgs select(String... fields) {
        return select(List.of(fields));
    }

    public FindArgs select(List<String> fields) {
        return new FindArgs(where, orderBy, skip, take, cursor, fields, include, counts);
    }

    /** Counts the records of a to-many relation with each record (rows only: {@code _count.<relation>}). */
    public FindArgs count(String relation) {
        return count(relation, relation, Filter.all());
    }

    /** Counts the related records matching {@code where} with each record, as {@code _count.<name>}. */
    public FindArgs count(String name, String relation, Filter where) {
        List<RelationCount> all = new java.util.ArrayList<>(counts);
        all.add(new RelationCount(name, relation, where));
        return new FindArgs(this.where, orderBy, skip, take, cursor, select, include, all);
    }

    /** Loads these relations of the records too (Prisma's {@code include}). */
    public FindArgs include(String... relations) {
        return include(List.of(relations));
    }

    public FindArgs include(List<String> relations) {
        return new FindArgs(where, orderBy, skip, take, cursor, select, relations, counts);
    }
}
