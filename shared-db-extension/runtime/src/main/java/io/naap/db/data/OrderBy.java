package io.naap.db.data;

/** One key of an ordering (Prisma's {@code orderBy: [{createdAt: 'desc'}]}). */
public record OrderBy(String field, boolean descending) {

    public static OrderBy asc(String field) {
        return new OrderBy(field, false);
    }

    public static OrderBy desc(String field) {
        return new OrderBy(field, true);
    }
}
