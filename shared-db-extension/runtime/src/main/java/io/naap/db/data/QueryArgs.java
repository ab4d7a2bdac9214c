package io.naap.db.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The arguments of the operations other than the finds (whose arguments are {@link FindArgs}). */
public final class QueryArgs {

    private QueryArgs() {
    }

    /** {@code COUNT}, {@code DELETE} and {@code DELETE_MANY}: the filter that selects the records. */
    public record Where(Filter where) implements OperationArgs {
        @Override
        public Where narrowed(Filter condition) {
            return new Where(where.and(condition));
        }
    }

    /** {@code CREATE}: the record to insert (an interceptor may change it or return another). */
    public record Create(Object record) implements OperationArgs {
        @Override
        public Create narrowed(Filter condition) {
            return this;
        }
    }

    public record CreateMany(List<?> records, boolean skipDuplicates) implements OperationArgs {
        public CreateMany {
            records = List.copyOf(records);
        }

        @Override
        public CreateMany narrowed(Filter condition) {
            return this;
        }
    }

    public record Update(Filter where, Consumer<Object> changes) implements OperationArgs {
        @Override
        public Update narrowed(Filter condition) {
            return new Update(where.and(condition), changes);
        }
    }

    /** {@code values} may hold nulls: setting a nullable field to null is an update like any other. */
    public record UpdateMany(Filter where, Map<String, Object> values) implements OperationArgs {
        public UpdateMany {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public UpdateMany narrowed(Filter condition) {
            return new UpdateMany(where.and(condition), values);
        }
    }

    public record Upsert(Filter where, Supplier<Object> create, Consumer<Object> update) implements OperationArgs {
        @Override
        public Upsert narrowed(Filter condition) {
            return new Upsert(where.and(condition), create, update);
        }
    }

    /** {@code GROUP_BY}. */
    public record GroupBy(List<String> by, Filter where, Aggregations aggregations, Filter having,
            List<OrderBy> orderBy) implements OperationArgs {
        public GroupBy {
            by = List.copyOf(by);
            orderBy = List.copyOf(orderBy);
        }

        @Override
        public GroupBy narrowed(Filter condition) {
            return new GroupBy(by, where.and(condition), aggregations, having, orderBy);
        }
    }

    /** {@code AGGREGATE}: the aggregations of every record {@code where} selects, in one row. */
    public record Aggregate(Filter where, Aggregations aggregations) implements OperationArgs {
        @Override
        public Aggregate narrowed(Filter condition) {
            return new Aggregate(where.and(condition), aggregations);
        }
    }
}
