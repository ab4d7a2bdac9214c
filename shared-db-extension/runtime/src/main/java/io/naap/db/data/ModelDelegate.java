package io.naap.db.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import io.naap.db.error.PlatformException;

/**
 * The operations of one model (Prisma's {@code prisma.trackerTask}), on the shared persistence unit, as HQL with
 * bound parameters (see {@link Hql}). Reads: {@code findUnique}, {@code findFirst}, {@code findMany},
 * {@code findManyRows}, {@code count}, {@code aggregate}, {@code groupBy}, with {@code OrThrow} forms answering
 * {@code NOT_FOUND} "No {model} found". Writes join the caller's transaction or run in one of their own, translate
 * database errors into typed {@link PlatformException}s, and queue {@link RecordEvent}s for after the commit.
 * <p>
 * A facade: each operation runs its statement class ({@code FindStatements}, {@code RowStatements},
 * {@code AggregateStatements}, {@code WriteStatements}, {@code BulkWrites}) behind the client's query interceptors.
 */
public final class ModelDelegate<E> {

    private final ModelContext<E> on;
    private final FindStatements<E> finds;
    private final RowStatements<E> rows;
    private final AggregateStatements aggregates;
    private final WriteStatements<E> writes;
    private final BulkWrites<E> bulk;

    ModelDelegate(DataClient client, EntityManager em, RecordEvents events, Class<E> type, Extensions extensions) {
        this.on = new ModelContext<>(client, em, events, type, ModelSpec.of(type), extensions);
        this.finds = new FindStatements<>(on);
        this.rows = new RowStatements<>(on, finds);
        this.aggregates = new AggregateStatements(on);
        WriteUnit<E> unit = new WriteUnit<>(on);
        NestedWrites nested = new NestedWrites(client, on.model(), extensions, on::identifier);
        this.bulk = new BulkWrites<>(on, unit, nested);
        this.writes = new WriteStatements<>(on, finds, unit, nested, bulk);
    }

    public ModelSpec model() {
        return on.model();
    }

    /** The client this delegate belongs to, with its extensions: model methods use it to reach other models. */
    public DataClient client() {
        return on.client();
    }

    public Class<E> type() {
        return on.type();
    }

    /**
     * Runs {@code statement} with {@code args} behind the query interceptors of the client's extensions, if it has
     * any; they may replace the arguments only with others of the same kind ({@link QueryCall#proceed}).
     */
    @SuppressWarnings("unchecked")
    private <A extends OperationArgs, T> T run(Operation operation, A args, Function<A, T> statement) {
        if (on.extensions().isEmpty()) {
            return statement.apply(args);
        }
        Class<A> kind = (Class<A>) operation.argsType();
        return (T) Extensions.intercept(on.parts(), on.model(), operation, args, a -> statement.apply(kind.cast(a)));
    }

    /** Whether one of the client's extensions defines {@code method} for this model. */
    public boolean hasMethod(ModelMethod<?, ?> method) {
        return on.parts().methods().containsKey(method.name());
    }

    /** Calls a model method that one of the client's extensions defines for this model (the last applied wins). */
    @SuppressWarnings("unchecked")
    public <A, R> R call(ModelMethod<A, R> method, A argument) {
        Extensions.Named<Extension.Method> found = on.parts().methods().get(method.name());
        if (found == null) {
            throw new IllegalStateException("No extension of this client defines " + model().name() + "." + method);
        }
        ModelMethod.Body<E, A, R> body = (ModelMethod.Body<E, A, R>) found.part().body();
        return Extensions.attributed(found.extension(), "its model method " + model().name() + "." + method,
                () -> body.call(this, argument));
    }

    /**
     * A reference to the record with this id, without reading it (Prisma's {@code connect}): set it on a relation of
     * a record to create. Writes check it: an interceptor that hides the record makes the write {@code NOT_FOUND};
     * a record that does not exist is a {@code FOREIGN_KEY_VIOLATION}.
     */
    public E reference(Object id) {
        return on.em().getReference(on.type(), id);
    }

    /** {@code record} as a row: its scalar fields and the computed fields of the client's extensions. */
    public Row row(E record) {
        return new Row(Records.toMap(model(), record), on.parts().computed());
    }

    /** One computed field of {@code record}, computed now from the fields it needs. */
    public Object computed(E record, String field) {
        Extensions.Named<Extension.Computed> computed = on.parts().computed().get(field);
        if (computed == null) {
            throw new IllegalArgumentException("No extension of this client computes " + model().name() + "." + field);
        }
        return Extensions.compute(field, computed, need -> Records.get(record, need));
    }

    /**
     * The record a unique condition selects, if any. {@code where} must pin the id with an equality, or every field
     * of one of the model's unique constraints (other conditions may narrow it further, e.g. to the caller's team).
     */
    public Optional<E> findUnique(Filter where) {
        return findUnique(FindArgs.where(where));
    }

    /** As {@link #findUnique(Filter)}, loading {@code args.include()} in the same statement where it can. */
    public Optional<E> findUnique(FindArgs args) {
        return run(Operation.FIND_UNIQUE, args, finds::unique);
    }

    public E findUniqueOrThrow(Filter where) {
        return findUnique(where).orElseThrow(this::notFound);
    }

    public E findUniqueOrThrow(FindArgs args) {
        return findUnique(args).orElseThrow(this::notFound);
    }

    /** The first record {@code args} select, in their order. */
    public Optional<E> findFirst(FindArgs args) {
        return run(Operation.FIND_FIRST, args, finds::first);
    }

    public E findFirstOrThrow(FindArgs args) {
        return findFirst(args).orElseThrow(this::notFound);
    }

    /** Every record {@code args} select; an empty list when none does. */
    public List<E> findMany(FindArgs args) {
        return run(Operation.FIND_MANY, args, finds::many);
    }

    /**
     * The records {@code args} select as rows, the JSON shape of a record: only the {@code select}ed fields (and the
     * id) when some are named, read by a projection query that loads nothing else, every scalar field otherwise;
     * the computed fields of the client's extensions whose needs were read; included relations as nested rows,
     * read with one statement per relation through the related model's own interceptors.
     */
    public List<Row> findManyRows(FindArgs args) {
        return run(Operation.FIND_MANY, args, rows::many);
    }

    /** How many records {@code where} selects, counted in SQL. */
    public long count(Filter where) {
        return run(Operation.COUNT, new QueryArgs.Where(where), aggregates::count);
    }

    /** The aggregations of the records {@code where} selects, computed in one SQL statement. */
    public Map<String, Object> aggregate(Filter where, Aggregations aggregations) {
        return run(Operation.AGGREGATE, new QueryArgs.Aggregate(where, aggregations), aggregates::aggregate);
    }

    public List<Map<String, Object>> groupBy(List<String> by, Filter where, Aggregations aggregations,
            List<OrderBy> orderBy) {
        return groupBy(by, where, aggregations, Filter.all(), orderBy);
    }

    /**
     * One row per distinct combination of the {@code by} fields among the records {@code where} selects, with the
     * {@code by} values and the aggregations, computed in one SQL statement. {@code having} and {@code orderBy} name
     * grouped fields or aggregates: {@code _count}, {@code _count.<field>}, {@code _sum.<field>},
     * {@code _avg.<field>}, {@code _min.<field>}, {@code _max.<field>} (e.g. {@code Filter.gt("_count", 2L)}).
     */
    public List<Map<String, Object>> groupBy(List<String> by, Filter where, Aggregations aggregations, Filter having,
            List<OrderBy> orderBy) {
        return run(Operation.GROUP_BY, new QueryArgs.GroupBy(by, where, aggregations, having, orderBy),
                aggregates::groupBy);
    }

    /** Inserts {@code record}; it comes back with its generated id and timestamps. Emits {@code record.created}. */
    public E create(E record) {
        return run(Operation.CREATE, new QueryArgs.Create(record), writes::create);
    }

    /** Inserts every record, flushing in batches; returns how many were created. No per-record events. */
    public int createMany(List<E> records) {
        return createMany(records, false);
    }

    /**
     * As {@link #createMany(List)}; with {@code skipDuplicates}, a record that would break a unique constraint (its
     * id or any unique field already stored, or repeated in {@code records}) is skipped instead of failing the
     * call (PostgreSQL's {@code ON CONFLICT DO NOTHING}). Returns how many were created. The records are inserted
     * directly, not attached to the persistence context.
     */
    public int createMany(List<E> records, boolean skipDuplicates) {
        return run(Operation.CREATE_MANY, new QueryArgs.CreateMany(records, skipDuplicates), writes::createMany);
    }

    /** Changes the record {@code where} selects (see {@link #findUnique}); {@code NOT_FOUND} when none. */
    @SuppressWarnings("unchecked")
    public E update(Filter where, Consumer<E> changes) {
        return run(Operation.UPDATE, new QueryArgs.Update(where, (Consumer<Object>) changes), writes::update);
    }

    /** Deletes the record {@code where} selects and returns it; {@code NOT_FOUND} when none. */
    public E delete(Filter where) {
        return run(Operation.DELETE, new QueryArgs.Where(where), writes::delete);
    }

    /**
     * Sets {@code values} (writable scalar fields only) on every record {@code where} selects, in one statement;
     * returns how many changed. {@code updatedAt} is set too where the model has it.
     */
    public long updateMany(Filter where, Map<String, Object> values) {
        return run(Operation.UPDATE_MANY, new QueryArgs.UpdateMany(where, values), bulk::updateMany);
    }

    /** Deletes every record {@code where} selects, in one statement; returns how many. */
    public long deleteMany(Filter where) {
        return run(Operation.DELETE_MANY, new QueryArgs.Where(where), bulk::deleteMany);
    }

    /** The record an upsert left, and whether it was created. */
    public record Upserted<E>(E record, boolean created) {
    }

    /**
     * Updates the record {@code where} selects, or creates one when there is none: atomically, even when many
     * clients upsert the same key at once (a transaction-scoped advisory lock on the model and key serialises
     * them). Emits {@code record.upserted} with the created flag.
     */
    @SuppressWarnings("unchecked")
    public Upserted<E> upsert(Filter where, Supplier<E> create, Consumer<E> update) {
        return run(Operation.UPSERT, new QueryArgs.Upsert(where, (Supplier<Object>) create, (Consumer<Object>) update),
                writes::upsert);
    }

    /**
     * Checks that the client sees the record with this id (its declared scopes), without running the model's
     * interceptors: a record a nested write connects to. {@code NOT_FOUND} otherwise.
     */
    void requireVisible(Object id) {
        if (!finds.exists(on.scoped(Filter.eq(model().idField().name(), id)))) {
            throw notFound();
        }
    }

    private PlatformException notFound() {
        return PlatformException.notFound(model().name());
    }
}
