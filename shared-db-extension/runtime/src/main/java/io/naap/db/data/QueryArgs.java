package io.naap.db.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The arguments of the operations whose arguments are more than a filter, a record or {@link FindArgs}. */
public final class QueryArgs {

    private QueryArgs() {
    }

    /** {@code AGGREGATE} ({@code by} empty) and {@code GROUP_BY}. */
    public record GroupBy(List<String> by, Filter where, Aggregations aggregations, Filter having,
            List<OrderBy> orderBy) {
        public GroupBy {
            by = List.copyOf(by);
            orderBy = List.copyOf(orderBy);
        }
    }

    public record CreateMany(List<?> records, boolean skipDuplicates) {
        public CreateMany {
            records = List.copyOf(records);
        }
    }

    public record Update(Filter where, Consumer<Object> changes) {
    }

    /** {@code values} may hold nulls: setting a nullable field to null is an update like any other. */
    public record UpdateMany(Filter where, Map<String, Object> values) {
        public UpdateMany {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    public record Upsert(Filter where, Supplier<Object> create, Consumer<Object> update) {
    }

    /**
     * {@code args} with {@code condition} added to their filter, whatever the operation: the finds, counts,
     * aggregations, updates, upserts and deletes then touch only records that also match {@code condition}.
     * Creates have no filter and come back unchanged.
     */
    public static Object narrowed(Object args, Filter condition) {
        if (args instanceof FindArgs find) {
            return find.and(condition);
        }
        if (args instanceof Filter where) {
            return where.and(condition);
        }
        if (args instanceof GroupBy g) {
            return new GroupBy(g.by(), g.where().and(condition), g.aggregations(), g.having(), g.orderBy());
        }
        if (args instanceof Update u) {
            return new Update(u.where().and(condition), u.changes());
        }
        if (args instanceof UpdateMany u) {
            return new UpdateMany(u.where().and(condition), u.values());
        }
        if (args instanceof Upsert u) {
            return new Upsert(u.where().and(condition), u.create(), u.update());
        }
        return args;
    }
}
