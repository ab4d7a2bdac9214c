package io.naap.db.data;

import static io.naap.db.data.ModelContext.ROOT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code count}, {@code aggregate} and {@code groupBy} of one model, each one SQL statement; the HQL of the
 * aggregations is {@link GroupByQuery}'s.
 */
final class AggregateStatements {

    private final ModelContext<?> on;

    AggregateStatements(ModelContext<?> on) {
        this.on = on;
    }

    long count(QueryArgs.Where args) {
        Filter where = args.where();
        Hql hql = new Hql();
        String statement = "select count(" + ROOT + ") from " + on.model().name() + " " + ROOT + " where "
                + hql.where(on.model(), ROOT, where);
        return hql.bindAll(Hql.create(on.em(), statement, Long.class)).getSingleResult();
    }

    /** An aggregation without groups: one row, whatever the number of records. */
    Map<String, Object> aggregate(QueryArgs.Aggregate args) {
        return groupBy(new QueryArgs.GroupBy(List.of(), args.where(), args.aggregations(), Filter.all(), List.of()))
                .get(0);
    }

    /** One row per group, keyed as {@link GroupByQuery#keys()} names the columns. */
    List<Map<String, Object>> groupBy(QueryArgs.GroupBy args) {
        GroupByQuery query = GroupByQuery.of(on.model(), args);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row : query.hql().bindAll(Hql.create(on.em(), query.statement(), Object.class)).getResultList()) {
            Object[] values = row instanceof Object[] array ? array : new Object[] { row };
            Map<String, Object> result = new LinkedHashMap<>();
            for (int i = 0; i < query.keys().size(); i++) {
                result.put(query.keys().get(i), values[i]);
            }
            rows.add(result);
        }
        return rows;
    }
}
