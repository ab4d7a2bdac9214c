package io.naap.db.data;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.naap.db.data.Filter.Condition;
import io.naap.db.data.Filter.Operator;

/**
 * Which single record a filter pins: by the id, or by every field of a compound unique constraint
 * ({@code @Table(uniqueConstraints)}, Prisma's {@code @@unique}, e.g. a soft commit's (requestId, userId)).
 * {@code findUnique} requires one; an upsert locks on it.
 */
final class UniqueKeys {

    private static final UniqueConstraint[] NONE = new UniqueConstraint[0];

    private UniqueKeys() {
    }

    /** Whether {@code where} has an equality on the id or on every field of one of the model's unique constraints. */
    static boolean pinsOne(ModelSpec model, Filter where) {
        Map<String, Object> pinned = equalities(where);
        if (pinned.containsKey(model.idField().name())) {
            return true;
        }
        for (UniqueConstraint unique : uniqueConstraints(model)) {
            List<String> fields = List.of(unique.columnNames());
            if (!fields.isEmpty() && fields.stream().allMatch(f -> model.field(f).isPresent())
                    && pinned.keySet().containsAll(fields)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The advisory-lock key of an upsert: the model and the identity {@code where} pins (its id, or the fields of a
     * unique constraint), whatever else narrows it, so callers scoped differently still serialise on one record.
     */
    static String lockKey(ModelSpec model, Filter where) {
        Map<String, Object> pinned = equalities(where);
        String id = model.idField().name();
        if (pinned.containsKey(id)) {
            return model.name() + ":" + id + "=" + pinned.get(id);
        }
        for (UniqueConstraint unique : uniqueConstraints(model)) {
            List<String> fields = List.of(unique.columnNames());
            if (!fields.isEmpty() && pinned.keySet().containsAll(fields)) {
                StringBuilder key = new StringBuilder(model.name());
                fields.forEach(field -> key.append(':').append(field).append('=').append(pinned.get(field)));
                return key.toString();
            }
        }
        return model.name() + ":" + where;
    }

    /** The case-sensitive equalities {@code where} requires of every record (its top-level "and"), by field. */
    private static Map<String, Object> equalities(Filter where) {
        Map<String, Object> values = new TreeMap<>();
        collect(where, values);
        return values;
    }

    private static void collect(Filter where, Map<String, Object> values) {
        if (where instanceof Condition c && c.operator() == Operator.EQUALS && !c.caseInsensitive()) {
            values.putIfAbsent(c.field(), c.value());
        } else if (where instanceof Filter.And and) {
            and.filters().forEach(f -> collect(f, values));
        }
    }

    private static UniqueConstraint[] uniqueConstraints(ModelSpec model) {
        Table table = model.entityClass().getAnnotation(Table.class);
        return table == null ? NONE : table.uniqueConstraints();
    }
}
