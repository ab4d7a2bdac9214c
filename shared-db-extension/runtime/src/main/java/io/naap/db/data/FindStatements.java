package io.naap.db.data;

import static io.naap.db.data.ModelContext.ROOT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.TypedQuery;

import io.naap.db.data.Filter.Condition;
import io.naap.db.data.Filter.Operator;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.error.PlatformException;

/**
 * The finds of one model as records: {@code findUnique}, {@code findFirst}, {@code findMany}, and the page query
 * (filter, cursor, order, skip, take) that the row reads share. Included relations are loaded with one statement
 * per relation, never one per record.
 */
final class FindStatements<E> {

    private final ModelContext<E> on;

    FindStatements(ModelContext<E> on) {
        this.on = on;
    }

    /** The record {@code args.where()} pins (see {@link UniqueKeys}), its {@code include} in the same statement. */
    Optional<E> unique(FindArgs args) {
        ModelSpec model = on.model();
        if (!UniqueKeys.pinsOne(model, args.where())) {
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
        List<E> found = hql.bindAll(Hql.create(on.em(), statement, on.type())).getResultList();
        if (joined.isEmpty()) {
            include(found, relations);
        }
        return found.stream().findFirst();
    }

    /** The record {@code where} pins, for a write that changes it; {@code NOT_FOUND} when none. */
    E uniqueOrThrow(Filter where) {
        return unique(FindArgs.where(where)).orElseThrow(() -> PlatformException.notFound(on.model().name()));
    }

    /** Whether a record matches {@code where}: one statement that reads no columns and loads no entity. */
    boolean exists(Filter where) {
        Hql hql = new Hql();
        TypedQuery<Integer> query = Hql.create(on.em(), "select 1 from " + on.model().name() + " " + ROOT + " where "
                + hql.where(on.model(), ROOT, where), Integer.class);
        return !hql.bindAll(query).setMaxResults(1).getResultList().isEmpty();
    }

    Optional<E> first(FindArgs args) {
        return many(args.take(1)).stream().findFirst();
    }

    List<E> many(FindArgs args) {
        List<E> records = page(args, hql -> ROOT, on.type());
        include(records, relations(args.include()));
        return records;
    }

    /**
     * The page {@code args} select, as {@code columns} (written with the query's {@link Hql}, so they may bind
     * parameters of their own): filter, cursor, order, skip and take. Empty when the cursor's record is not selected.
     */
    <R> List<R> page(FindArgs args, Function<Hql, String> columns, Class<R> resultType) {
        Hql hql = new Hql();
        List<OrderBy> orders = orders(args);
        Optional<String> where = condition(hql, args, orders);
        if (where.isEmpty()) {
            return new ArrayList<>();
        }
        ModelSpec model = on.model();
        TypedQuery<R> query = Hql.create(on.em(), "select " + columns.apply(hql) + " from " + model.name() + " "
                + ROOT + " where " + where.get() + Hql.orderBy(model, ROOT, orders), resultType);
        hql.bindAll(query).setFirstResult(args.skip());
        if (args.take() != null) {
            query.setMaxResults(args.take());
        }
        return query.getResultList();
    }

    /** {@code include}, each checked to be a relation of the model. */
    List<String> relations(List<String> include) {
        for (String relation : include) {
            on.model().field(relation).filter(f -> f.kind().isRelation()).orElseThrow(() -> PlatformException
                    .invalidField("include." + relation, "is not a relation of " + on.model().name()));
        }
        return include;
    }

    /** The ordering of a query; with a cursor, the id breaks ties so that the cursor has one position. */
    private List<OrderBy> orders(FindArgs args) {
        String id = on.model().idField().name();
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
        ModelSpec model = on.model();
        if (args.cursor() == null) {
            return Optional.of(hql.where(model, ROOT, args.where()));
        }
        Hql lookup = new Hql();
        String keys = orders.stream().map(o -> ROOT + "." + Hql.requireField(model, o.field()).name())
                .collect(Collectors.joining(", "));
        Filter cursorRecord = Filter.eq(model.idField().name(), args.cursor()).and(args.where());
        List<Object[]> found = lookup.bindAll(Hql.create(on.em(), "select " + keys + ", 1 from " + model.name() + " "
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

    /**
     * Loads {@code relations} of {@code records} with one statement per relation (a fetch join over exactly these
     * records), so reading them later runs no query per record: no N+1.
     */
    private void include(List<E> records, List<String> relations) {
        if (records.isEmpty()) {
            return;
        }
        for (String relation : relations) {
            Hql.create(on.em(), "select " + ROOT + " from " + on.model().name() + " " + ROOT + " left join fetch "
                    + ROOT + "." + relation + " where " + ROOT + " in (:records)", on.type())
                    .setParameter("records", records).getResultList();
        }
    }
}
