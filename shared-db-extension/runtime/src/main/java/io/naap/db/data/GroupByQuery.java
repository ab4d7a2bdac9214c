package io.naap.db.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.naap.db.error.PlatformException;

/**
 * The HQL of an {@code aggregate} or {@code groupBy}: the grouped fields and the aggregations as columns, keyed as
 * the result rows are ({@code status}, {@code _count}, {@code _avg.points}), with {@code having} and
 * {@code orderBy} on the same keys. Every key is checked against the model.
 */
record GroupByQuery(String statement, Hql hql, List<String> keys) {

    private static final String ROOT = Hql.ROOT;
    private static final List<String> FUNCTIONS = List.of("_count", "_sum", "_avg", "_min", "_max");

    static GroupByQuery of(ModelSpec model, QueryArgs.GroupBy args) {
        List<String> by = args.by();
        Aggregations aggregations = args.aggregations();
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>();
        for (String field : by) {
            String path = ROOT + "." + model.scalar(field, "by").name();
            groups.add(path);
            columns.put(field, path);
        }
        if (aggregations.counted()) {
            columns.put("_count", "count(" + ROOT + ")");
        }
        aggregations.sum().forEach(f -> columns.put("_sum." + f, expression(model, "_sum." + f, by, "")));
        aggregations.avg().forEach(f -> columns.put("_avg." + f, expression(model, "_avg." + f, by, "")));
        aggregations.min().forEach(f -> columns.put("_min." + f, expression(model, "_min." + f, by, "")));
        aggregations.max().forEach(f -> columns.put("_max." + f, expression(model, "_max." + f, by, "")));
        if (columns.isEmpty()) {
            throw PlatformException.invalidField("aggregations", "name at least one aggregation or group field");
        }
        Hql hql = new Hql();
        StringBuilder statement = new StringBuilder("select ").append(String.join(", ", columns.values()))
                .append(" from ").append(model.name()).append(' ').append(ROOT)
                .append(" where ").append(hql.where(model, ROOT, args.where()));
        if (!groups.isEmpty()) {
            statement.append(" group by ").append(String.join(", ", groups));
        }
        if (!(args.having() instanceof Filter.All)) {
            statement.append(" having ").append(hql.where(args.having(),
                    c -> expression(model, c.field(), by, "having")));
        }
        if (!args.orderBy().isEmpty()) {
            statement.append(" order by ").append(args.orderBy().stream()
                    .map(o -> expression(model, o.field(), by, "orderBy") + (o.descending() ? " desc" : " asc"))
                    .collect(Collectors.joining(", ")));
        }
        return new GroupByQuery(statement.toString(), hql, List.copyOf(columns.keySet()));
    }

    /** The HQL of a grouped field or of an aggregate key ({@code _count}, {@code _avg.points}, …). */
    private static String expression(ModelSpec model, String key, List<String> by, String context) {
        String path = context.isEmpty() ? key : context + "." + key;
        if (by.contains(key)) {
            return ROOT + "." + model.scalar(key, context).name();
        }
        if (key.equals("_count")) {
            return "count(" + ROOT + ")";
        }
        int dot = key.indexOf('.');
        String function = dot < 0 ? "" : key.substring(0, dot);
        if (!FUNCTIONS.contains(function)) {
            throw PlatformException.invalidField(path,
                    "must be a grouped field, _count or _count/_sum/_avg/_min/_max.<field>");
        }
        ModelSpec.FieldSpec field = model.scalar(key.substring(dot + 1),
                context.isEmpty() ? function : context + "." + function);
        if ((function.equals("_sum") || function.equals("_avg"))
                && field.kind() != ModelSpec.Kind.INTEGER && field.kind() != ModelSpec.Kind.DECIMAL) {
            throw PlatformException.invalidField(path, "must be a numeric field");
        }
        return function.substring(1) + "(" + ROOT + "." + field.name() + ")";
    }
}
