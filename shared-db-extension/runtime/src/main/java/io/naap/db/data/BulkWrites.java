package io.naap.db.data;

import static io.naap.db.data.ModelContext.ROOT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.error.PlatformException;
import io.naap.db.model.support.UuidModel;
import io.quarkus.arc.Arc;

/**
 * The writes of one model that are one statement for many rows, past the persistence context: {@code updateMany},
 * {@code deleteMany} and the insert of {@code createMany} that skips duplicates. Hibernate does not check the
 * entities of these, so they run the model's Bean Validation constraints themselves; updates and deletes lock their
 * rows in id order first, and forget the copies of the rows they changed.
 */
final class BulkWrites<E> {

    private final ModelContext<E> on;
    private final WriteUnit<E> unit;
    private final NestedWrites nested;

    BulkWrites(ModelContext<E> on, WriteUnit<E> unit, NestedWrites nested) {
        this.on = on;
        this.unit = unit;
        this.nested = nested;
    }

    /**
     * Inserts {@code records} in batches of {@link WriteStatements#BATCH} rows, skipping those that would break a
     * unique constraint (PostgreSQL's {@code ON CONFLICT DO NOTHING}); how many were inserted.
     */
    int createSkippingDuplicates(List<E> records) {
        List<FieldSpec> columns = on.model().fields().stream().filter(FieldSpec::insertable).toList();
        String names = columns.stream().map(FieldSpec::name).collect(Collectors.joining(", "));
        return unit.run(() -> {
            int created = 0;
            for (int from = 0; from < records.size(); from += WriteStatements.BATCH) {
                Hql hql = new Hql();
                StringBuilder values = new StringBuilder();
                for (E record : records.subList(from, Math.min(records.size(), from + WriteStatements.BATCH))) {
                    if (record instanceof UuidModel stamped) {
                        stamped.stampCreation();
                    }
                    requireValid(validator().validate(record));
                    nested.visit(record);
                    values.append(values.isEmpty() ? "" : ", ").append(columns.stream()
                            .map(f -> hql.bind(Records.get(record, f.name()))).collect(Collectors.joining(", ", "(", ")")));
                }
                created += hql.bindAll(Hql.create(on.em(), "insert into " + on.model().name() + " (" + names
                        + ") values " + values + " on conflict do nothing")).executeUpdate();
            }
            return created;
        });
    }

    /** Sets {@code values} (writable scalar fields only, and {@code updatedAt}) on every record {@code where} selects. */
    long updateMany(QueryArgs.UpdateMany args) {
        Filter where = args.where();
        Map<String, Object> values = args.values();
        return unit.run(() -> {
            Hql hql = new Hql();
            List<String> assignments = new ArrayList<>();
            Set<ConstraintViolation<E>> violations = new HashSet<>();
            values.forEach((field, value) -> {
                FieldSpec spec = writableScalar(field);
                if (value == null && !spec.nullable()) {
                    throw PlatformException.invalidField(field, "is required and cannot be null");
                }
                violations.addAll(validator().validateValue(on.type(), spec.name(), value));
                assignments.add(ROOT + "." + spec.name() + " = " + (value == null ? "null" : hql.bind(value)));
            });
            requireValid(violations);
            if (on.model().field("updatedAt").isPresent() && !values.containsKey("updatedAt")) {
                assignments.add(ROOT + ".updatedAt = " + hql.bind(UuidModel.now()));
            }
            return bulk(hql, "update " + on.model().name() + " " + ROOT + " set " + String.join(", ", assignments),
                    where);
        });
    }

    long deleteMany(QueryArgs.Where args) {
        return unit.run(() -> bulk(new Hql(), "delete from " + on.model().name() + " " + ROOT, args.where()));
    }

    /**
     * Runs a bulk update or delete ({@code head}, whose parameters {@code hql} holds) on the records {@code where}
     * selects, after locking them in id order; returns how many it changed.
     */
    private long bulk(Hql hql, String head, Filter where) {
        String statement = head + " where " + hql.where(on.model(), ROOT, where);
        lockInIdOrder(where);
        long changed = hql.bindAll(Hql.create(on.em(), statement)).executeUpdate();
        unit.forgetLoaded();
        return changed;
    }

    /**
     * Locks the rows a bulk write will change, in id order, before it changes them. Bulk writes of overlapping rows
     * then wait for each other instead of deadlocking, which a plain UPDATE or DELETE can do when two of them meet
     * the rows in different orders.
     */
    private void lockInIdOrder(Filter where) {
        ModelSpec model = on.model();
        Hql hql = new Hql();
        String condition = hql.where(model, ROOT, where);
        String id = ROOT + "." + model.idField().name();
        hql.bindAll(Hql.create(on.em(), "select " + id + " from " + model.name() + " " + ROOT + " where " + condition
                + " order by " + id, Object.class)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private FieldSpec writableScalar(String field) {
        FieldSpec spec = on.model().field(field).orElseThrow(() -> PlatformException.invalidField(field,
                "is not a field of " + on.model().name()));
        if (!spec.writable() || spec.kind().isRelation()) {
            throw PlatformException.invalidField(field, "cannot be set");
        }
        return spec;
    }

    /** The model's Bean Validation constraints, which Hibernate checks only on the entities it persists itself. */
    private static Validator validator() {
        return Arc.container().instance(Validator.class).get();
    }

    private static <T> void requireValid(Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
