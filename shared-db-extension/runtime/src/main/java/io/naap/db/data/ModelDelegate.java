package io.naap.db.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;

import io.naap.db.data.Filter.Condition;
import io.naap.db.data.Filter.Operator;
import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.error.PlatformException;
import io.naap.db.error.SqlErrorTranslator;
import io.naap.db.model.support.UuidModel;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The operations of one model (Prisma's {@code prisma.trackerTask}), on the shared persistence unit. Reads:
 * {@code findUnique}, {@code findFirst}, {@code findMany}, {@code count}, with their {@code OrThrow} forms answering
 * {@code NOT_FOUND} "No {model} found". Writes join the caller's transaction or run in one of their own, translate
 * database errors into typed {@link PlatformException}s, and queue {@link RecordEvent}s for after the commit.
 */
public final class ModelDelegate<E> {

    private final EntityManager em;
    private final RecordEvents events;
    private final Class<E> type;
    private final ModelSpec model;

    ModelDelegate(EntityManager em, RecordEvents events, Class<E> type) {
        this.em = em;
        this.events = events;
        this.type = type;
        this.model = ModelSpec.of(type);
    }

    public ModelSpec model() {
        return model;
    }

    /**
     * The record a unique condition selects, if any. {@code where} must pin the id with an equality (other
     * conditions may narrow it further, e.g. to the caller's team).
     */
    public Optional<E> findUnique(Filter where) {
        if (!pinsId(where)) {
            throw new IllegalArgumentException("findUnique needs an equality on the id of " + model.name());
        }
        return findFirst(FindArgs.where(where));
    }

    public E findUniqueOrThrow(Filter where) {
        return findUnique(where).orElseThrow(() -> PlatformException.notFound(model.name()));
    }

    /** The first record {@code args} select, in their order. */
    public Optional<E> findFirst(FindArgs args) {
        return findMany(args.take(1)).stream().findFirst();
    }

    public E findFirstOrThrow(FindArgs args) {
        return findFirst(args).orElseThrow(() -> PlatformException.notFound(model.name()));
    }

    /** Every record {@code args} select; an empty list when none does. */
    public List<E> findMany(FindArgs args) {
        List<E> records = query(args).getResultList();
        include(records, args.include());
        return records;
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
            FieldSpec field = model.field(relation).filter(f -> f.kind().isRelation()).orElseThrow(
                    () -> PlatformException.invalidField("include." + relation, "is not a relation of " + model.name()));
            em.createQuery("select distinct r from " + model.name() + " r left join fetch r." + field.name()
                    + " where r in :records", type).setParameter("records", records).getResultList();
        }
    }

    /** How many records {@code where} selects, counted in SQL. */
    public long count(Filter where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<E> root = query.from(type);
        query.select(cb.count(root)).where(new Predicates(cb, query).of(model, root, where));
        return em.createQuery(query).getSingleResult();
    }

    /** The aggregations of the records {@code where} selects, computed in one SQL statement. */
    public Map<String, Object> aggregate(Filter where, Aggregations aggregations) {
        return groupBy(List.of(), where, aggregations, List.of()).get(0);
    }

    /**
     * One row per distinct combination of the {@code by} fields among the records {@code where} selects, with the
     * {@code by} values and the aggregations, computed in one SQL statement and ordered by {@code orderBy} (on
     * {@code by} fields).
     */
    public List<Map<String, Object>> groupBy(List<String> by, Filter where, Aggregations aggregations,
            List<OrderBy> orderBy) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<jakarta.persistence.Tuple> query = cb.createTupleQuery();
        Root<E> root = query.from(type);
        List<jakarta.persistence.criteria.Selection<?>> selections = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<jakarta.persistence.criteria.Expression<?>> groups = new ArrayList<>();
        for (String field : by) {
            FieldSpec spec = scalar(field, "by");
            groups.add(root.get(spec.name()));
            selections.add(root.get(spec.name()));
            keys.add(spec.name());
        }
        if (aggregations.counted()) {
            selections.add(cb.count(root));
            keys.add("_count");
        }
        addAggregates(cb, root, aggregations.sum(), "_sum", selections, keys, true);
        addAggregates(cb, root, aggregations.avg(), "_avg", selections, keys, true);
        addAggregates(cb, root, aggregations.min(), "_min", selections, keys, false);
        addAggregates(cb, root, aggregations.max(), "_max", selections, keys, false);
        if (selections.isEmpty()) {
            throw PlatformException.invalidField("aggregations", "name at least one aggregation or group field");
        }
        for (OrderBy order : orderBy) {
            if (!by.contains(order.field())) {
                throw PlatformException.invalidField("orderBy." + order.field(), "must be one of the grouped fields");
            }
        }
        query.multiselect(selections)
                .where(new Predicates(cb, query).of(model, root, where))
                .groupBy(groups)
                .orderBy(Predicates.orders(cb, root, model, orderBy));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (jakarta.persistence.Tuple tuple : em.createQuery(query).getResultList()) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                row.put(keys.get(i), tuple.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void addAggregates(CriteriaBuilder cb, Root<E> root, List<String> fields, String prefix,
            List<jakarta.persistence.criteria.Selection<?>> selections, List<String> keys, boolean numeric) {
        for (String field : fields) {
            FieldSpec spec = scalar(field, prefix);
            if (numeric && spec.kind() != ModelSpec.Kind.INTEGER && spec.kind() != ModelSpec.Kind.DECIMAL) {
                throw PlatformException.invalidField(prefix + "." + field, "must be a numeric field");
            }
            jakarta.persistence.criteria.Expression path = root.get(spec.name());
            selections.add(switch (prefix) {
                case "_sum" -> cb.sum(path);
                case "_avg" -> cb.avg(path);
                case "_min" -> cb.least(path);
                default -> cb.greatest(path);
            });
            keys.add(prefix + "." + spec.name());
        }
    }

    private FieldSpec scalar(String field, String context) {
        FieldSpec spec = model.field(field).orElseThrow(() -> PlatformException.invalidField(context + "." + field,
                "is not a field of " + model.name()));
        if (spec.kind().isRelation()) {
            throw PlatformException.invalidField(context + "." + field, "is a relation, not a value");
        }
        return spec;
    }

    /** Inserts {@code record}; it comes back with its generated id and timestamps. Emits {@code record.created}. */
    public E create(E record) {
        return write(() -> {
            em.persist(record);
            em.flush();
            events.afterCommit(RecordEvent.created(model.name(), id(record), stamp(record, true)));
            return record;
        });
    }

    /** Inserts every record, flushing in batches; returns how many were created. No per-record events. */
    public int createMany(List<E> records) {
        return write(() -> {
            int created = 0;
            for (E record : records) {
                em.persist(record);
                if (++created % BATCH == 0) {
                    em.flush();
                }
            }
            em.flush();
            return created;
        });
    }

    /** Changes the record {@code where} selects (see {@link #findUnique}); {@code NOT_FOUND} when none. */
    public E update(Filter where, Consumer<E> changes) {
        return write(() -> {
            E record = findUniqueOrThrow(where);
            changes.accept(record);
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
        return write(() -> {
            E record = findUniqueOrThrow(where);
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
        return write(() -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaUpdate<E> update = cb.createCriteriaUpdate(type);
            Root<E> root = update.from(type);
            values.forEach((field, value) -> update.set(root.get(writableScalar(field).name()), value));
            if (model.field("updatedAt").isPresent() && !values.containsKey("updatedAt")) {
                update.set(root.<Instant> get("updatedAt"), UuidModel.now());
            }
            update.where(new Predicates(cb, update).of(model, root, where));
            return (long) em.createQuery(update).executeUpdate();
        });
    }

    /** Deletes every record {@code where} selects, in one statement; returns how many. */
    public long deleteMany(Filter where) {
        return write(() -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaDelete<E> delete = cb.createCriteriaDelete(type);
            Root<E> root = delete.from(type);
            delete.where(new Predicates(cb, delete).of(model, root, where));
            return (long) em.createQuery(delete).executeUpdate();
        });
    }

    /** The record an upsert left, and whether it was created. */
    public record Upserted<E>(E record, boolean created) {
    }

    /**
     * Updates the record {@code where} selects, or creates one when there is none: atomically, even when many
     * clients upsert the same key at once (a transaction-scoped advisory lock on the model and key serialises
     * them). Emits {@code record.upserted} with the created flag.
     */
    public Upserted<E> upsert(Filter where, Supplier<E> create, Consumer<E> update) {
        return write(() -> {
            em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, model.name() + ":" + where).getSingleResult();
            Optional<E> existing = findUnique(where);
            Upserted<E> result;
            if (existing.isPresent()) {
                update.accept(existing.get());
                if (existing.get() instanceof UuidModel stamped) {
                    stamped.updatedAt = UuidModel.now();
                }
                result = new Upserted<>(existing.get(), false);
            } else {
                E record = create.get();
                em.persist(record);
                result = new Upserted<>(record, true);
            }
            em.flush();
            events.afterCommit(RecordEvent.upserted(model.name(), id(result.record()), result.created()));
            return result;
        });
    }

    private static final int BATCH = 100;

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
        try {
            return QuarkusTransaction.joiningExisting().call(work);
        } catch (PersistenceException e) {
            throw SqlErrorTranslator.translate(e).orElseThrow(() -> e);
        }
    }

    private String id(E record) {
        return String.valueOf(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record));
    }

    private static Instant stamp(Object record, boolean creation) {
        if (record instanceof UuidModel stamped) {
            return creation ? stamped.createdAt : stamped.updatedAt;
        }
        return UuidModel.now();
    }

    private TypedQuery<E> query(FindArgs args) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> query = cb.createQuery(type);
        Root<E> root = query.from(type);
        query.select(root)
                .where(new Predicates(cb, query).of(model, root, args.where()))
                .orderBy(Predicates.orders(cb, root, model, args.orderBy()));
        TypedQuery<E> typed = em.createQuery(query).setFirstResult(args.skip());
        if (args.take() != null) {
            typed.setMaxResults(args.take());
        }
        return typed;
    }

    private boolean pinsId(Filter where) {
        if (where instanceof Condition c) {
            return c.operator() == Operator.EQUALS && !c.caseInsensitive()
                    && model.field(c.field()).map(ModelSpec.FieldSpec::id).orElse(false);
        }
        return where instanceof Filter.And and && and.filters().stream().anyMatch(this::pinsId);
    }
}
