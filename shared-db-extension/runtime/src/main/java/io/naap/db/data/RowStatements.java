package io.naap.db.data;

import static io.naap.db.data.ModelContext.ROOT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.error.PlatformException;

/**
 * {@code findManyRows}: records as rows, the JSON shape of a record. Only the {@code select}ed fields (and the id)
 * when some are named, read by a projection query that loads nothing else, every scalar field otherwise; the
 * computed fields of the client's extensions whose needs were read; relation counts as correlated subqueries of the
 * same statement, narrowed by the related model's declared scopes; included relations as nested rows, read with one
 * statement per relation through the related model's delegate, so the related model's interceptors see the read.
 */
final class RowStatements<E> {

    private final ModelContext<E> on;
    private final FindStatements<E> finds;

    RowStatements(ModelContext<E> on, FindStatements<E> finds) {
        this.on = on;
        this.finds = finds;
    }

    List<Row> many(FindArgs args) {
        List<String> selected = selected(args.select());
        List<String> relations = finds.relations(args.include());
        if (selected.isEmpty() || !relations.isEmpty() || !args.counts().isEmpty()) {
            return recordRows(args, selected, relations);
        }
        return projectedRows(args, selected);
    }

    /** Rows of whole records (narrowed to {@code selected} when named), with counts and included relations. */
    private List<Row> recordRows(FindArgs args, List<String> selected, List<String> relations) {
        List<Object[]> found = args.counts().isEmpty()
                ? finds.many(args.include(List.of())).stream().map(r -> new Object[] { r }).toList()
                : finds.page(args, hql -> countingColumns(hql, args.counts()), Object[].class);
        Map<String, Extensions.Named<Extension.Computed>> computed = on.parts().computed();
        List<E> records = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Object[] result : found) {
            E record = on.type().cast(result[0]);
            records.add(record);
            Map<String, Object> values = Records.toMap(on.model(), record);
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

    /** Rows of only the {@code selected} fields, read by a projection query that loads no entity. */
    private List<Row> projectedRows(FindArgs args, List<String> selected) {
        String columns = selected.stream().map(f -> ROOT + "." + f).collect(Collectors.joining(", "));
        Map<String, Extensions.Named<Extension.Computed>> computed = on.parts().computed();
        List<Row> rows = new ArrayList<>();
        for (Object[] values : finds.page(args, hql -> columns, Object[].class)) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < selected.size(); i++) {
                row.put(selected.get(i), values[i]);
            }
            rows.add(new Row(row, computed));
        }
        return rows;
    }

    /** The record and, per count, a correlated count subquery narrowed by the related model's declared scopes. */
    private String countingColumns(Hql hql, List<FindArgs.RelationCount> counts) {
        ModelSpec model = on.model();
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
     * {@code where} narrowed by {@code target}'s declared scopes, for a count nested in this model's query: it
     * counts only the related records the client sees, without running {@code target}'s interceptors.
     */
    private Filter nestedWhere(ModelSpec target, Filter where) {
        if (on.extensions().isEmpty()) {
            return where;
        }
        return Extensions.scoped(on.extensions().of(target.entityClass()), target, where);
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
        ModelSpec model = on.model();
        FieldSpec field = model.field(relation).orElseThrow();
        ModelSpec target = model.related(relation);
        ModelDelegate<Object> related = (ModelDelegate<Object>) on.client().model(target.entityClass());
        if (field.kind() == Kind.TO_MANY) {
            String owner = model.mappedBy(relation);
            List<Object> ids = records.stream().map(on::identifier).toList();
            Map<Object, List<Row>> byParent = new LinkedHashMap<>();
            for (Object child : related.findMany(FindArgs.where(Filter.is(owner, Filter.in(model.idField().name(), ids)))
                    .orderBy(model.collectionOrder(relation)))) {
                byParent.computeIfAbsent(on.identifier(Records.get(child, owner)), k -> new ArrayList<>())
                        .add(related.row(child));
            }
            for (int i = 0; i < records.size(); i++) {
                rows.get(i).put(relation, byParent.getOrDefault(on.identifier(records.get(i)), List.of()));
            }
            return;
        }
        List<Object> ids = records.stream().map(r -> Records.get(r, relation)).filter(Objects::nonNull)
                .map(on::identifier).distinct().toList();
        Map<Object, Row> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object found : related.findMany(FindArgs.where(Filter.in(target.idField().name(), ids)))) {
                byId.put(on.identifier(found), related.row(found));
            }
        }
        for (int i = 0; i < records.size(); i++) {
            Object value = Records.get(records.get(i), relation);
            rows.get(i).put(relation, value == null ? null : byId.get(on.identifier(value)));
        }
    }

    /** The id first, then the named scalar fields, each once. */
    private List<String> selected(List<String> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<String> selected = new ArrayList<>(List.of(on.model().idField().name()));
        for (String field : fields) {
            String name = on.model().scalar(field, "select").name();
            if (!selected.contains(name)) {
                selected.add(name);
            }
        }
        return selected;
    }
}
