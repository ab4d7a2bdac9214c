package io.naap.db.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import io.naap.db.data.Filter.Condition;
import io.naap.db.data.Filter.Operator;
import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.error.PlatformException;
import io.naap.db.error.SqlErrorTranslator;
import io.naap.db.model.support.UuidModel;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The operations of one model (Prisma's {@code prisma.trackerTask}), on the shared persistence unit, as HQL with
 * bound parameters (see {@link Hql}). Reads: {@code findUnique}, {@code findFirst}, {@code findMany},
 * {@code findManyRows}, {@code count}, {@code aggregate}, {@code groupBy}, with {@code OrThrow} forms answering
 * {@code NOT_FOUND} "No {model} found". Writes join the caller's transaction or run in one of their own, translate
 * database errors into typed {@link PlatformException}s, and queue {@link RecordEvent}s for after the commit.
 */
public final class ModelDelegate<E> {

    private static final String ROOT = Hql.ROOT;
    /** Records per INSERT statement of {@code createMany}. */
    private static final int BATCH = 100;

    private final DataClient client;
    private final EntityManager em;
    private final RecordEvents events;
    private final Class<E> type;
    private final ModelSpec model;
    private final Extensions extensions;
    private final NestedWrites nested;

    ModelDelegate(DataClient client, EntityManager em, RecordEvents events, Class<E> type, Extensions extensions) {
        this.client = client;
        this.em = em;
        this.events = events;
        this.type = type;
        this.model = ModelSpec.of(type);
        this.extensions = extensions;
        this.nested = new NestedWrites(client, model, extensions, this::identifier);
    }

    public ModelSpec model() {
        return model;
    }

    /** The client this delegate belongs to, with its extensions: model methods use it to reach other models. */
    public DataClient client() {
        return client;
    }

    /** Runs {@code query} behind the query interceptors of the client's extensions, if it has any. */
    @SuppressWarnings("unchecked")
    private <T> T run(Operation operation, Object args, Function<Object, Object> query) {
        if (extensions.isEmpty()) {
            return (T) query.apply(args);
        }
        return (T) Extensions.intercept(extensions.of(type), model, operation, args, query);
    }

    /** Whether one of the client's extensions defines {@code method} for this model. */
    public boolean hasMethod(ModelMethod<?, ?> method) {
        return extensions.of(type).methods().containsKey(method.name());
    }

    /** Calls a model method that one of the client's extensions defines for this model (the last applied wins). */
    @SuppressWarnings("unchecked")
    public <A, R> R call(ModelMethod<A, R> method, A argument) {
        Extensions.Named<Extension.Method> found = extensions.of(type).methods().get(method.name());
        if (found == null) {
            throw new IllegalStateException("No extension of this client defines " + model.name() + "." + method);
        }
        ModelMethod.Body<E, A, R> body = (ModelMethod.Body<E, A, R>) found.part().body();
        return Extensions.attributed(found.extension(), "its model method " + model.name() + "." + method,
                () -> body.call(this, argument));
    }

    /**
     * A reference to the record with this id, without reading it (Prisma's {@code connect}): set it on a relation of
     * a record to create. Writes check it: an interceptor that hides the record makes the write {@code NOT_FOUND};
     * a record that does not exist is a {@code FOREIGN_KEY_VIOLATION}.
     */
    public E reference(Object id) {
        return em.getReference(type, id);
    }

    /** {@code record} as a row: its scalar fields and the computed fields of the client's extensions. */
    public Row row(E record) {
        return new Row(Records.toMap(model, record), extensions.of(type).computed());
    }

    /** One computed field of {@code record}, computed now from the fields it needs. */
    public Object computed(E record, String field) {
        Extensions.Named<Extension.Computed> computed = extensions.of(type).computed().get(field);
        if (computed == null) {
            throw new IllegalArgumentException("No extension of this client computes " + model.name() + "." + field);
        }
        return Extensions.compute(field, computed, need -> Records.get(record, need));
    }

    public Class<E> type() {
        return type;
    }

    /**
     * The record a unique condition selects, if any. {@code where} must pin the id with an equality (other
     * conditions may narrow it further, e.g. to the caller's team).
     */
    public Optional<E> findUnique(Filter where) {
        return findUnique(FindArgs.where(where));
    }

    /** As {@link #findUnique(Filter)}, loading {@code args.include()} in the same statement where it can. */
    public Optional<E> findUnique(FindArgs args) {
        return run(Operation.FIND_UNIQUE, args, a -> doFindUnique((FindArgs) a));
    }

    private Optional<E> doFindUnique(FindArgs args) {
        if (!pinsId(args.where()) && !pinsUniqueKey(args.where())) {
            throw new IllegalArgumentException("findUnique needs an equality on the id of " + model.name()
                    + " or on every field of one of its unique constraints");
        }
        List<String> relations = relations(args.include());
        long toMany = relations.stream().filter(r -> model.field(r).orElseThrow().kind() == Kind.TO_MANY).count();
        // One root row: fetch joins cannot multiply it, and one to-many join cannot make a cartesian product.
        List<String> joined = toMany <= 1 ? relations : List.of();
        Hql hql = new Hql();
        String statement = "select " + ROOT + " from " + model.name() + " " + ROOT
                + joined.stream().map(r -> " left join fetch " + ROOT + "." + r).collect(Collectors.joining())
                + " where " + hql.where(model, ROOT, args.where());
        List<E> found = hql.bindAll(Hql.create(em, statement, type)).getResultList();
        if (joined.isEmpty()) {
            include(found, relations);
        }
        return found.stream().findFirst();
    }

    public E findUniqueOrThrow(Filter where) {
        return findUnique(where).orElseThrow(() -> PlatformException.notFound(model.name()));
    }

    public E findUniqueOrThrow(FindArgs args) {
        return findUnique(args).orElseThrow(() -> PlatformException.notFound(model.name()));
    }

    /** The first record {@code args} select, in their order. */
    public Optional<E> findFirst(FindArgs args) {
        return run(Operation.FIND_FIRST, args, a -> doFindMany(((FindArgs) a).take(1)).stream().findFirst());
    }

    public E findFirstOrThrow(FindArgs args) {
        return findFirst(args).orElseThrow(() -> PlatformException.notFound(model.name()));
    }

    /** Every record {@code args} select; an empty list when none does. */
    public List<E> findMany(FindArgs args) {
        return run(Operation.FIND_MANY, args, a -> doFindMany((FindArgs) a));
    }

    private List<E> doFindMany(FindArgs args) {
        List<E> records = select(args, hql -> ROOT, type);
        include(records, relations(args.include()));
        return records;
    }

    /**
     * The page {@code args} select, as {@code columns} (written with the query's {@link Hql}, so they may bind
     * parameters of their own): filter, cursor, order, skip and take. Empty when the cursor's record is not selected.
     */
    private <R> List<R> select(FindArgs args, Function<Hql, String> columns, Class<R> resultType) {
        Hql hql = new Hql();
        List<OrderBy> orders = orders(args);
        Optional<String> where = condition(hql, args, orders);
        if (where.isEmpty()) {
            return new ArrayList<>();
        }
        TypedQuery<R> query = Hql.create(em, "select " + columns.apply(hql) + " from " + model.name() + " " + ROOT
                + " where " + where.get() + Hql.orderBy(model, ROOT, orders), resultType);
        return page(hql.bindAll(query), args).getResultList();
    }

    /**
     * The records {@code args} select as rows, the JSON shape of a record: only the {@code select}ed fields (and the
     * id) when some are named, read by a projection query that loads nothing else, every scalar field otherwise;
     * the computed fields of the client's extensions whose needs were read; included relations as nested rows,
     * read with one statement per relation through the related model's own interceptors.
     */
    public List<Row> findManyRows(FindArgs args) {
        return run(Operation.FIND_MANY, args, a -> doFindManyRows((FindArgs) a));
    }

    private List<Row> doFindManyRows(FindArgs args) {
        List<String> selected = selected(args.select());
        List<String> relations = relations(args.include());
        Map<String, Extensions.Named<Extension.Computed>> computed = extensions.of(type).computed();
        if (selected.isEmpty() || !relations.isEmpty() || !args.counts().isEmpty()) {
            List<Object[]> found = args.counts().isEmpty()
                    ? doFindMany(args.include(List.of())).stream().map(r -> new Object[] { r }).toList()
                    : doFindManyCounting(args);
            List<E> records = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (Object[] result : found) {
                @SuppressWarnings("unchecked")
                E record = (E) result[0];
                records.add(record);
                Map<String, Object> values = Records.toMap(model, record);
                if (!selected.isEmpty()) {
                    values.keySet().retainAll(selected);
                }
                if (!args.counts().isEmpty()) {
                    Map<String, Object> counts = new LinkedHashMap<>();
                    for (int i = 0; i < args.counts().size(); i++) {
                        counts.put(args.counts().get(i).name(), result[i + 1]);
                    }
                    values.put("_count", counts);
                }
                rows.add(new Row(values, computed));
            }
            for (String relation : relations) {
                includeRows(records, rows, relation);
            }
            return rows;
        }
        String columns = selected.stream().map(f -> ROOT + "." + f).collect(Collectors.joining(", "));
        List<Row> rows = new ArrayList<>();
        for (Object[] values : select(args, hql -> columns, Object[].class)) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < selected.size(); i++) {
                row.put(selected.get(i), values[i]);
            }
            rows.add(new Row(row, computed));
        }
        return rows;
    }

    /**
     * The records {@code args} select, each with its relation counts: one statement, a correlated count subquery per
     * count, each narrowed by the related model's interceptors (a nested read, see {@link #nestedWhere}).
     */
    private List<Object[]> doFindManyCounting(FindArgs args) {
        return select(args, hql -> countingColumns(hql, args.counts()), Object[].class);
    }

    /** The record and, per count, a correlated count subquery narrowed by the related model's interceptors. */
    private String countingColumns(Hql hql, List<FindArgs.RelationCount> counts) {
        StringBuilder select = new StringBuilder(ROOT);
        for (FindArgs.RelationCount count : counts) {
            FieldSpec field = model.field(count.relation()).filter(f -> f.kind() == Kind.TO_MANY).orElseThrow(
                    () -> PlatformException.invalidField("_count." + count.relation(),
                            "is not a to-many relation of " + model.name()));
            ModelSpec target = model.related(field.name());
            String alias = hql.alias();
            select.append(", (select count(").append(alias).append(") from ").append(target.name()).append(' ')
                    .append(alias).append(" where ").append(alias).append('.').append(model.mappedBy(field.name()))
                    .append(" = ").append(ROOT).append(" and (")
                    .append(hql.where(target, alias, nestedWhere(target, count.where()))).append("))");
        }
        return select.toString();
    }

    /**
     * {@code where} as the interceptors of {@code target}'s counts leave it, for a count nested in this model's
     * query: they narrow it as they would a count of their own (a result they substitute does not apply here).
     */
    private Filter nestedWhere(ModelSpec target, Filter where) {
        if (extensions.isEmpty()) {
            return where;
        }
        Filter[] narrowed = { where };
        Extensions.intercept(extensions.of(target.entityClass()), target, Operation.COUNT, where, args -> {
            narrowed[0] = (Filter) args;
            return 0L;
        });
        return narrowed[0];
    }

    /**
     * Adds {@code relation} to each row, read in one statement by the related model's delegate on this client, so
     * its interceptors see the nested read (e.g. a team scope or a "not deleted" condition applies to it too).
     */
    @SuppressWarnings("unchecked")
    private void includeRows(List<E> records, List<Row> rows, String relation) {
        if (records.isEmpty()) {
            return;
        }
        FieldSpec field = model.field(relation).orElseThrow();
        ModelSpec target = model.related(relation);
        ModelDelegate<Object> related = (ModelDelegate<Object>) client.model(target.entityClass());
        String targetId = target.idField().name();
        if (field.kind() == Kind.TO_MANY) {
            String owner = model.mappedBy(relation);
            List<Object> ids = records.stream().map(this::identifier).toList();
            Map<Object, List<Row>> byParent = new LinkedHashMap<>();
            for (Object child : related.findMany(FindArgs.where(Filter.is(owner, Filter.in(model.idField().name(), ids)))
                    .orderBy(model.collectionOrder(relation)))) {
                byParent.computeIfAbsent(related.identifier(Records.get(child, owner)), k -> new ArrayList<>())
                        .add(related.row(child));
            }
            for (int i = 0; i < records.size(); i++) {
                rows.get(i).put(relation, byParent.getOrDefault(identifier(records.get(i)), List.of()));
            }
            return;
        }
        List<Object> ids = records.stream().map(r -> Records.get(r, relation)).filter(java.util.Objects::nonNull)
                .map(related::identifier).distinct().toList();
        Map<Object, Row> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object target1 : related.findMany(FindArgs.where(Filter.in(targetId, ids)))) {
                byId.put(related.identifier(target1), related.row(target1));
            }
        }
        for (int i = 0; i < records.size(); i++) {
            Object value = Records.get(records.get(i), relation);
            rows.get(i).put(relation, value == null ? null : byId.get(related.identifier(value)));
        }
    }

    /** The id of a record of this model, or of a proxy of one, without loading it. */
    private Object identifier(Object record) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
    }

    /** The id first, then the named scalar fields, each once. */
    private List<String> selected(List<String> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<String> selected = new ArrayList<>(List.of(model.idField().name()));
        for (String field : fields) {
            String name = model.scalar(field, "select").name();
            if (!selected.contains(name)) {
                selected.add(name);
            }
        }
        return selected;
    }

    private <Q extends TypedQuery<?>> Q page(Q query, FindArgs args) {
        query.setFirstResult(args.skip());
        if (args.take() != null) {
            query.setMaxResults(args.take());
        }
        return query;
    }

    /** The ordering of a query; with a cursor, the id breaks ties so that the cursor has one position. */
    private List<OrderBy> orders(FindArgs args) {
        String id = model.idField().name();
        if (args.cursor() == null || args.orderBy().stream().anyMatch(o -> o.field().equals(id))) {
            return args.orderBy();
        }
        List<OrderBy> orders = new ArrayList<>(args.orderBy());
        orders.add(OrderBy.asc(id));
        return orders;
    }

    /**
     * The HQL condition of {@code args}: the filter and, with a cursor, "at or after the cursor's record in
     * {@code orders}". Empty when the cursor's record does not match the filter: there is no such page.
     */
    private Optional<String> condition(Hql hql, FindArgs args, List<OrderBy> orders) {
        if (args.cursor() == null) {
            return Optional.of(hql.where(model, ROOT, args.where()));
        }
        Hql lookup = new Hql();
        String keys = orders.stream().map(o -> ROOT + "." + Hql.requireField(model, o.field()).name())
                .collect(Collectors.joining(", "));
        Filter cursorRecord = Filter.eq(model.idField().name(), args.cursor()).and(args.where());
        List<Object[]> found = lookup.bindAll(Hql.create(em, "select " + keys + ", 1 from " + model.name() + " "
                + ROOT + " where " + lookup.where(model, ROOT, cursorRecord), Object[].class)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] position = found.get(0);
        List<Filter> alternatives = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            List<Filter> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(Filter.eq(orders.get(j).field(), position[j]));
            }
            OrderBy key = orders.get(i);
            boolean last = i == orders.size() - 1;
            Operator after = key.descending() ? (last ? Operator.LTE : Operator.LT) : (last ? Operator.GTE : Operator.GT);
            parts.add(new Condition(key.field(), after, position[i], false));
            alternatives.add(Filter.and(parts));
        }
        return Optional.of(hql.where(model, ROOT, args.where().and(new Filter.Or(alternatives))));
    }

    private List<String> relations(List<String> include) {
        for (String relation : include) {
            model.field(relation).filter(f -> f.kind().isRelation()).orElseThrow(() -> PlatformException
                    .invalidField("include." + relation, "is not a relation of " + model.name()));
        }
        return include;
    }

    /**
     * Loads {@code relations} of {@code records} with one statement per relation (a fetch join over exactly these
     * records), so reading them later runs no query per record: no N+1.
     */
    private void include(List<E> records, List<String> relations) {
        if (records.isEmpty()) {
            return;
        }
        for (String relation : relations) {
            Hql.create(em, "select " + ROOT + " from " + model.name() + " " + ROOT + " left join fetch " + ROOT + "."
                    + relation + " where " + ROOT + " in (:records)", type)
                    .setParameter("records", records).getResultList();
        }
    }

    /** How many records {@code where} selects, counted in SQL. */
    public long count(Filter where) {
        return run(Operation.COUNT, where, w -> doCount((Filter) w));
    }

    private long doCount(Filter where) {
        Hql hql = new Hql();
        String statement = "select count(" + ROOT + ") from " + model.name() + " " + ROOT + " where "
                + hql.where(model, ROOT, where);
        return hql.bindAll(Hql.create(em, statement, Long.class)).getSingleResult();
    }

    /** The aggregations of the records {@code where} selects, computed in one SQL statement. */
    public Map<String, Object> aggregate(Filter where, Aggregations aggregations) {
        return run(Operation.AGGREGATE, new QueryArgs.GroupBy(List.of(), where, aggregations, Filter.all(), List.of()),
                a -> doGroupBy((QueryArgs.GroupBy) a).get(0));
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
                a -> doGroupBy((QueryArgs.GroupBy) a));
    }

    private List<Map<String, Object>> doGroupBy(QueryArgs.GroupBy args) {
        GroupByQuery query = GroupByQuery.of(model, args);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row : query.hql().bindAll(Hql.create(em, query.statement(), Object.class)).getResultList()) {
            Object[] values = row instanceof Object[] array ? array : new Object[] { row };
            Map<String, Object> result = new LinkedHashMap<>();
            for (int i = 0; i < query.keys().size(); i++) {
                result.put(query.keys().get(i), values[i]);
            }
            rows.add(result);
        }
        return rows;
    }

    /** Inserts {@code record}; it comes back with its generated id and timestamps. Emits {@code record.created}. */
    @SuppressWarnings("unchecked")
    public E create(E record) {
        return run(Operation.CREATE, record, r -> doCreate((E) r));
    }

    private E doCreate(E record) {
        return write(() -> {
            nested.visit(record);
            em.persist(record);
            em.flush();
            events.afterCommit(RecordEvent.created(model.name(), id(record), stamp(record, true)));
            return record;
        });
    }

    /** Inserts every record, flushing in batches; returns how many were created. No per-record events. */
    public int createMany(List<E> records) {
        return createMany(records, false);
    }

    private int doCreateMany(List<E> records) {
        return write(() -> {
            int created = 0;
            for (E record : records) {
                nested.visit(record);
                em.persist(record);
                if (++created % BATCH == 0) {
                    em.flush();
                }
            }
            em.flush();
            return created;
        });
    }

    /**
     * As {@link #createMany(List)}; with {@code skipDuplicates}, a record that would break a unique constraint (its
     * id or any unique field already stored, or repeated in {@code records}) is skipped instead of failing the
     * call (PostgreSQL's {@code ON CONFLICT DO NOTHING}). Returns how many were created. The records are inserted
     * directly, not attached to the persistence context.
     */
    @SuppressWarnings("unchecked")
    public int createMany(List<E> records, boolean skipDuplicates) {
        return run(Operation.CREATE_MANY, new QueryArgs.CreateMany(records, skipDuplicates), a -> {
            QueryArgs.CreateMany args = (QueryArgs.CreateMany) a;
            List<E> chosen = (List<E>) args.records();
            return args.skipDuplicates() ? doCreateManySkippingDuplicates(chosen) : doCreateMany(chosen);
        });
    }

    private int doCreateManySkippingDuplicates(List<E> records) {
        List<FieldSpec> columns = model.fields().stream().filter(FieldSpec::insertable).toList();
        String names = columns.stream().map(FieldSpec::name).collect(Collectors.joining(", "));
        return write(() -> {
            int created = 0;
            for (int from = 0; from < records.size(); from += BATCH) {
                Hql hql = new Hql();
                StringBuilder values = new StringBuilder();
                for (E record : records.subList(from, Math.min(records.size(), from + BATCH))) {
                    if (record instanceof UuidModel stamped) {
                        stamped.stampCreation();
                    }
                    requireValid(validator().validate(record));
                    nested.visit(record);
                    values.append(values.isEmpty() ? "" : ", ").append(columns.stream()
                            .map(f -> hql.bind(Records.get(record, f.name()))).collect(Collectors.joining(", ", "(", ")")));
                }
                created += hql.bindAll(Hql.create(em, "insert into " + model.name() + " (" + names + ") values "
                        + values + " on conflict do nothing")).executeUpdate();
            }
            return created;
        });
    }

    /** Changes the record {@code where} selects (see {@link #findUnique}); {@code NOT_FOUND} when none. */
    @SuppressWarnings("unchecked")
    public E update(Filter where, Consumer<E> changes) {
        return run(Operation.UPDATE, new QueryArgs.Update(where, (Consumer<Object>) changes), a -> {
            QueryArgs.Update args = (QueryArgs.Update) a;
            return doUpdate(args.where(), args.changes());
        });
    }

    private E doUpdate(Filter where, Consumer<Object> changes) {
        return write(() -> {
            E record = doFindUnique(FindArgs.where(where)).orElseThrow(() -> PlatformException.notFound(model.name()));
            Map<String, Object> before = nested.connections(record);
            changes.accept(record);
            nested.visitChanged(record, before);
            if (record instanceof UuidModel stamped) {
                stamped.updatedAt = UuidModel.now(); // Prisma sets @updatedAt on every update, changed or not
            }
            em.flush();
            events.afterCommit(RecordEvent.updated(model.name(), id(record), stamp(record, false)));
            return record;
        });
    }

    /** Deletes the record {@code where} selects and returns it; {@code NOT_FOUND} when none. */
    public E delete(Filter where) {
        return run(Operation.DELETE, where, w -> doDelete((Filter) w));
    }

    private E doDelete(Filter where) {
        return write(() -> {
            E record = doFindUnique(FindArgs.where(where)).orElseThrow(() -> PlatformException.notFound(model.name()));
            em.remove(record);
            em.flush();
            events.afterCommit(RecordEvent.deleted(model.name(), id(record), UuidModel.now()));
            return record;
        });
    }

    /**
     * Sets {@code values} (writable scalar fields only) on every record {@code where} selects, in one statement;
     * returns how many changed. {@code updatedAt} is set too where the model has it.
     */
    public long updateMany(Filter where, Map<String, Object> values) {
        return run(Operation.UPDATE_MANY, new QueryArgs.UpdateMany(where, values), a -> {
            QueryArgs.UpdateMany args = (QueryArgs.UpdateMany) a;
            return doUpdateMany(args.where(), args.values());
        });
    }

    private long doUpdateMany(Filter where, Map<String, Object> values) {
        return write(() -> {
            Hql hql = new Hql();
            List<String> assignments = new ArrayList<>();
            java.util.Set<ConstraintViolation<E>> violations = new java.util.HashSet<>();
            values.forEach((field, value) -> {
                FieldSpec spec = writableScalar(field);
                if (value == null && !spec.nullable()) {
                    throw PlatformException.invalidField(field, "is required and cannot be null");
                }
                violations.addAll(validator().validateValue(type, spec.name(), value));
                assignments.add(ROOT + "." + spec.name() + " = " + (value == null ? "null" : hql.bind(value)));
            });
            requireValid(violations);
            if (model.field("updatedAt").isPresent() && !values.containsKey("updatedAt")) {
                assignments.add(ROOT + ".updatedAt = " + hql.bind(UuidModel.now()));
            }
            return bulk(hql, "update " + model.name() + " " + ROOT + " set " + String.join(", ", assignments), where);
        });
    }

    /** Deletes every record {@code where} selects, in one statement; returns how many. */
    public long deleteMany(Filter where) {
        return run(Operation.DELETE_MANY, where, w -> doDeleteMany((Filter) w));
    }

    private long doDeleteMany(Filter where) {
        return write(() -> {
            return bulk(new Hql(), "delete from " + model.name() + " " + ROOT, where);
        });
    }

    /**
     * Runs a bulk update or delete ({@code head}, whose parameters {@code hql} holds) on the records {@code where}
     * selects, after locking them in id order; returns how many it changed.
     */
    private long bulk(Hql hql, String head, Filter where) {
        String statement = head + " where " + hql.where(model, ROOT, where);
        lockInIdOrder(where);
        long changed = hql.bindAll(Hql.create(em, statement)).executeUpdate();
        forgetLoaded();
        return changed;
    }

    /**
     * Locks the rows a bulk write will change, in id order, before it changes them. Bulk writes of overlapping rows
     * then wait for each other instead of deadlocking, which a plain UPDATE or DELETE can do when two of them meet
     * the rows in different orders.
     */
    private void lockInIdOrder(Filter where) {
        Hql hql = new Hql();
        String condition = hql.where(model, ROOT, where);
        String id = ROOT + "." + model.idField().name();
        hql.bindAll(Hql.create(em, "select " + id + " from " + model.name() + " " + ROOT + " where " + condition
                + " order by " + id, Object.class)).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * Detaches the records of this model, and of the models that hang from it, that the current persistence context
     * holds: a write changed their rows behind it, and a later read must see the rows, not stale copies.
     */
    private void forgetLoaded() {
        List<Class<?>> stale = new ArrayList<>(List.of(type));
        for (FieldSpec field : model.fields()) {
            if (field.kind() == Kind.TO_MANY) {
                stale.add(model.related(field.name()).entityClass());
            }
        }
        var context = em.unwrap(org.hibernate.engine.spi.SessionImplementor.class).getPersistenceContextInternal();
        for (Map.Entry<Object, org.hibernate.engine.spi.EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            if (stale.stream().anyMatch(c -> c.isInstance(entry.getKey()))) {
                em.detach(entry.getKey());
            }
        }
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
                a -> {
                    QueryArgs.Upsert args = (QueryArgs.Upsert) a;
                    return doUpsert(args.where(), () -> (E) args.create().get(), args.update());
                });
    }

    private Upserted<E> doUpsert(Filter where, Supplier<E> create, Consumer<Object> update) {
        return write(() -> {
            em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, lockKey(model, type, where)).getSingleResult();
            Optional<E> existing = doFindUnique(FindArgs.where(where));
            Upserted<E> result;
            if (existing.isPresent()) {
                Map<String, Object> before = nested.connections(existing.get());
                update.accept(existing.get());
                nested.visitChanged(existing.get(), before);
                if (existing.get() instanceof UuidModel stamped) {
                    stamped.updatedAt = UuidModel.now();
                }
                result = new Upserted<>(existing.get(), false);
            } else {
                E record = create.get();
                nested.visit(record);
                em.persist(record);
                result = new Upserted<>(record, true);
            }
            em.flush();
            events.afterCommit(RecordEvent.upserted(model.name(), id(result.record()), result.created()));
            return result;
        });
    }

    private FieldSpec writableScalar(String field) {
        FieldSpec spec = model.field(field).orElseThrow(() -> PlatformException.invalidField(field,
                "is not a field of " + model.name()));
        if (!spec.writable() || spec.kind().isRelation()) {
            throw PlatformException.invalidField(field, "cannot be set");
        }
        return spec;
    }

    /** Runs a write in the caller's transaction, or in one of its own; database errors become typed errors. */
    private <T> T write(Callable<T> work) {
        boolean ownTransaction = !client.inTransaction();
        T result;
        try {
            result = QuarkusTransaction.joiningExisting().call(work);
        } catch (PersistenceException e) {
            throw SqlErrorTranslator.translate(e).orElseThrow(() -> e);
        }
        if (ownTransaction && io.quarkus.arc.Arc.container().requestContext().isActive()) {
            // The write ran in a session of its own; the request's session may hold copies it made stale.
            forgetLoaded();
        }
        return result;
    }

    /**
     * The model's Bean Validation constraints, for the statements that bypass Hibernate's check of entities on
     * persist and update: the bulk update and the insert that skips duplicates.
     */
    private static Validator validator() {
        return io.quarkus.arc.Arc.container().instance(Validator.class).get();
    }

    private static <T> void requireValid(java.util.Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private String id(E record) {
        return String.valueOf(identifier(record));
    }

    private static java.time.Instant stamp(Object record, boolean creation) {
        if (record instanceof UuidModel stamped) {
            return creation ? stamped.createdAt : stamped.updatedAt;
        }
        return UuidModel.now();
    }

    /**
     * Whether {@code where} has an equality on every field of one of the model's compound unique constraints
     * ({@code @Table(uniqueConstraints)}, Prisma's {@code @@unique}), e.g. a soft commit's (requestId, userId).
     */
    private boolean pinsUniqueKey(Filter where) {
        jakarta.persistence.Table table = type.getAnnotation(jakarta.persistence.Table.class);
        if (table == null || table.uniqueConstraints().length == 0) {
            return false;
        }
        java.util.Set<String> pinned = new java.util.HashSet<>();
        equalities(where, pinned);
        for (jakarta.persistence.UniqueConstraint unique : table.uniqueConstraints()) {
            List<String> fields = List.of(unique.columnNames());
            if (!fields.isEmpty() && fields.stream().allMatch(f -> model.field(f).isPresent())
                    && pinned.containsAll(fields)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The advisory-lock key of an upsert: the model and the identity {@code where} pins (its id, or the fields of a
     * unique constraint), whatever else narrows it, so callers scoped differently still serialise on one record.
     */
    static String lockKey(ModelSpec model, Class<?> type, Filter where) {
        Map<String, Object> pinned = new java.util.TreeMap<>();
        equalValues(where, pinned);
        String id = model.idField().name();
        if (pinned.containsKey(id)) {
            return model.name() + ":" + id + "=" + pinned.get(id);
        }
        jakarta.persistence.Table table = type.getAnnotation(jakarta.persistence.Table.class);
        for (jakarta.persistence.UniqueConstraint unique : table == null ? new jakarta.persistence.UniqueConstraint[0]
                : table.uniqueConstraints()) {
            List<String> fields = List.of(unique.columnNames());
            if (!fields.isEmpty() && pinned.keySet().containsAll(fields)) {
                StringBuilder key = new StringBuilder(model.name());
                fields.forEach(field -> key.append(':').append(field).append('=').append(pinned.get(field)));
                return key.toString();
            }
        }
        return model.name() + ":" + where;
    }

    private static void equalValues(Filter where, Map<String, Object> values) {
        if (where instanceof Condition c && c.operator() == Operator.EQUALS && !c.caseInsensitive()) {
            values.putIfAbsent(c.field(), c.value());
        } else if (where instanceof Filter.And and) {
            and.filters().forEach(f -> equalValues(f, values));
        }
    }

    private static void equalities(Filter where, java.util.Set<String> fields) {
        if (where instanceof Condition c && c.operator() == Operator.EQUALS && !c.caseInsensitive()) {
            fields.add(c.field());
        } else if (where instanceof Filter.And and) {
            and.filters().forEach(f -> equalities(f, fields));
        }
    }

    private boolean pinsId(Filter where) {
        if (where instanceof Condition c) {
            return c.operator() == Operator.EQUALS && !c.caseInsensitive()
                    && model.field(c.field()).map(FieldSpec::id).orElse(false);
        }
        return where instanceof Filter.And and && and.filters().stream().anyMatch(this::pinsId);
    }
}
