package io.naap.db.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.db.data.Filter.Operator;
import io.naap.db.data.Filter.Quantifier;
import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.error.PlatformException;

/**
 * Reads a filter in Prisma's JSON {@code where} syntax (the blueprint's {@code where_conditions}) and validates it
 * against the model: every field must exist, every value must have the field's type, every operator must suit the
 * field. Bounded in depth, list length and size, so hostile input costs little.
 *
 * <pre>{"status": "DONE", "title": {"contains": "docs", "mode": "insensitive"},
 *  "OR": [{"priority": "HIGH"}, {"priority": "URGENT"}], "project": {"is": {"teamId": "t1"}}}</pre>
 */
public final class FilterParser {

    /** Deepest nesting of AND/OR/NOT and relations. */
    public static final int MAX_DEPTH = 8;
    /** Most values in one {@code in}/{@code notIn} list. */
    public static final int MAX_LIST = 1000;
    /** Most conditions in one filter. */
    public static final int MAX_CONDITIONS = 200;

    private static final Set<String> TEXT_OPERATORS = Set.of("contains", "startsWith", "endsWith");
    private static final Set<String> ORDER_OPERATORS = Set.of("lt", "lte", "gt", "gte");
    private static final Map<String, Operator> OPERATORS = Map.ofEntries(Map.entry("equals", Operator.EQUALS),
            Map.entry("in", Operator.IN), Map.entry("notIn", Operator.NOT_IN), Map.entry("lt", Operator.LT),
            Map.entry("lte", Operator.LTE), Map.entry("gt", Operator.GT), Map.entry("gte", Operator.GTE),
            Map.entry("contains", Operator.CONTAINS), Map.entry("startsWith", Operator.STARTS_WITH),
            Map.entry("endsWith", Operator.ENDS_WITH));

    private int conditions;

    private FilterParser() {
    }

    /** The filter {@code where} describes on {@code model}; a missing or null {@code where} matches everything. */
    public static Filter parse(ModelSpec model, JsonNode where) {
        if (where == null || where.isNull() || where.isMissingNode()) {
            return Filter.all();
        }
        return new FilterParser().object(model, where, "where", 0);
    }

    /**
     * A {@code groupBy} {@code having} in Prisma's JSON: {@code {"_count": {"gte": 2}}} on the group's size,
     * {@code {"<field>": {"_avg": {"gt": 3}}}} on an aggregate of a field (also {@code _count}, {@code _sum},
     * {@code _min}, {@code _max}), or a plain condition on a grouped field. Conditions are keyed as
     * {@link ModelDelegate#groupBy} expects them ({@code _count}, {@code _avg.<field>}, …).
     */
    public static Filter parseHaving(ModelSpec model, List<String> by, JsonNode having) {
        if (having == null || having.isNull() || having.isMissingNode()) {
            return Filter.all();
        }
        JsonValues.require(having.isObject(), "having", "must be an object");
        FilterParser parser = new FilterParser();
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : having.properties()) {
            String key = entry.getKey();
            String path = "having." + key;
            JsonNode value = entry.getValue();
            if (key.equals("_count")) {
                JsonValues.require(value.isObject(), path, "must be an object of operators");
                parts.add(parser.operators(new FieldSpec("_count", Kind.INTEGER, Long.class, false, false, false, false),
                        value, path));
                continue;
            }
            FieldSpec field = model.field(key).filter(f -> !f.kind().isRelation()).orElseThrow(
                    () -> PlatformException.invalidField(path, "is not a field of " + model.name()));
            boolean aggregated = value.isObject() && value.size() > 0
                    && value.fieldNames().next().startsWith("_");
            if (!aggregated) {
                JsonValues.require(by.contains(key), path, "must be grouped by, or name an aggregate");
                parts.add(parser.field(model, key, value, path, 1));
                continue;
            }
            for (Map.Entry<String, JsonNode> aggregate : value.properties()) {
                String function = aggregate.getKey();
                String aggregatePath = path + "." + function;
                FieldSpec measured = switch (function) {
                    case "_count" -> new FieldSpec(field.name(), Kind.INTEGER, Long.class, false, false, false, false);
                    case "_sum" -> field.kind() == Kind.INTEGER
                            ? new FieldSpec(field.name(), Kind.INTEGER, Long.class, true, false, false, false) : field;
                    case "_avg" -> new FieldSpec(field.name(), Kind.DECIMAL, Double.class, true, false, false, false);
                    case "_min", "_max" -> field;
                    default -> throw PlatformException.invalidField(aggregatePath,
                            "must be _count, _sum, _avg, _min or _max");
                };
                JsonValues.require(aggregate.getValue().isObject(), aggregatePath, "must be an object of operators");
                Filter condition = parser.operators(measured, aggregate.getValue(), aggregatePath);
                parts.add(rename(condition, function + "." + field.name()));
            }
        }
        return Filter.and(parts);
    }

    /** The same conditions, on the aggregate key {@code key}. */
    private static Filter rename(Filter filter, String key) {
        if (filter instanceof Filter.Condition c) {
            return new Filter.Condition(key, c.operator(), c.value(), c.caseInsensitive());
        }
        if (filter instanceof Filter.And and) {
            return Filter.and(and.filters().stream().map(f -> rename(f, key)).toList());
        }
        if (filter instanceof Filter.Not not) {
            return Filter.not(rename(not.filter(), key));
        }
        return filter;
    }

    private Filter object(ModelSpec model, JsonNode node, String path, int depth) {
        JsonValues.require(node.isObject(), path, "must be an object");
        JsonValues.require(depth <= MAX_DEPTH, path, "is nested deeper than " + MAX_DEPTH + " levels");
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            String keyPath = path + "." + key;
            switch (key) {
                case "AND" -> parts.add(Filter.and(list(model, entry.getValue(), keyPath, depth)));
                case "OR" -> {
                    JsonValues.require(entry.getValue().isArray(), keyPath, "must be an array");
                    parts.add(new Filter.Or(list(model, entry.getValue(), keyPath, depth)));
                }
                case "NOT" -> parts.add(Filter.not(Filter.and(list(model, entry.getValue(), keyPath, depth))));
                default -> parts.add(field(model, key, entry.getValue(), keyPath, depth));
            }
        }
        return Filter.and(parts);
    }

    /** An array of filters, or a single object standing for a one-element array. */
    private List<Filter> list(ModelSpec model, JsonNode node, String path, int depth) {
        List<Filter> filters = new ArrayList<>();
        if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                filters.add(object(model, element, path + "[" + i++ + "]", depth + 1));
            }
        } else {
            filters.add(object(model, node, path, depth + 1));
        }
        return filters;
    }

    private Filter field(ModelSpec model, String name, JsonNode value, String path, int depth) {
        FieldSpec field = model.field(name).orElseThrow(() -> PlatformException.invalidField(path,
                "is not a field of " + model.name()));
        if (++conditions > MAX_CONDITIONS) {
            throw PlatformException.invalidField("where", "has more than " + MAX_CONDITIONS + " conditions");
        }
        if (field.kind().isRelation()) {
            return relation(model, field, value, path, depth);
        }
        if (value.isNull()) {
            JsonValues.require(field.nullable(), path, "is required and cannot be null");
            return Filter.isNull(name);
        }
        if (!value.isObject()) {
            return Filter.eq(name, JsonValues.toJava(field, value, path));
        }
        return operators(field, value, path);
    }

    private Filter operators(FieldSpec field, JsonNode object, String path) {
        boolean insensitive = mode(field, object.get("mode"), path + ".mode");
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String op = entry.getKey();
            JsonNode operand = entry.getValue();
            String opPath = path + "." + op;
            if (op.equals("mode")) {
                continue;
            }
            if (op.equals("not")) {
                parts.add(operand.isObject() ? Filter.not(operators(field, operand, opPath))
                        : operand.isNull() ? nullCheck(field, opPath, Operator.IS_NOT_NULL)
                                : new Filter.Condition(field.name(), Operator.NOT_EQUALS,
                                        JsonValues.toJava(field, operand, opPath), insensitive));
                continue;
            }
            Operator operator = OPERATORS.get(op);
            JsonValues.require(operator != null, opPath, "is not a filter operator");
            JsonValues.require(!TEXT_OPERATORS.contains(op) || field.kind() == Kind.TEXT, opPath,
                    "applies to text fields only");
            JsonValues.require(!ORDER_OPERATORS.contains(op) || comparable(field), opPath,
                    "applies to numbers, texts and date-times only");
            if (operator == Operator.IN || operator == Operator.NOT_IN) {
                parts.add(new Filter.Condition(field.name(), operator, values(field, operand, opPath), insensitive));
            } else if (operator == Operator.EQUALS && operand.isNull()) {
                parts.add(nullCheck(field, opPath, Operator.IS_NULL));
            } else {
                parts.add(new Filter.Condition(field.name(), operator, JsonValues.toJava(field, operand, opPath),
                        insensitive));
            }
        }
        return Filter.and(parts);
    }

    private static Filter nullCheck(FieldSpec field, String path, Operator operator) {
        JsonValues.require(field.nullable(), path, "is required and cannot be null");
        return new Filter.Condition(field.name(), operator, null, false);
    }

    private static List<Object> values(FieldSpec field, JsonNode operand, String path) {
        JsonValues.require(operand.isArray(), path, "must be an array");
        JsonValues.require(operand.size() <= MAX_LIST, path, "has more than " + MAX_LIST + " values");
        List<Object> values = new ArrayList<>();
        int i = 0;
        for (JsonNode element : operand) {
            values.add(JsonValues.toJava(field, element, path + "[" + i++ + "]"));
        }
        return values;
    }

    private static boolean mode(FieldSpec field, JsonNode mode, String path) {
        if (mode == null) {
            return false;
        }
        JsonValues.require(field.kind() == Kind.TEXT, path, "applies to text fields only");
        JsonValues.require(mode.isTextual() && (mode.textValue().equals("insensitive")
                || mode.textValue().equals("default")), path, "must be insensitive or default");
        return mode.textValue().equals("insensitive");
    }

    private static boolean comparable(FieldSpec field) {
        return switch (field.kind()) {
            case INTEGER, DECIMAL, DATE_TIME, TEXT -> true;
            default -> false;
        };
    }

    private Filter relation(ModelSpec model, FieldSpec field, JsonNode value, String path, int depth) {
        ModelSpec target = model.related(field.name());
        if (field.kind() == Kind.TO_MANY) {
            JsonValues.require(value.isObject() && value.size() > 0, path,
                    "must be an object with some, every or none");
            List<Filter> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                Quantifier quantifier = switch (entry.getKey()) {
                    case "some" -> Quantifier.SOME;
                    case "every" -> Quantifier.EVERY;
                    case "none" -> Quantifier.NONE;
                    default -> throw PlatformException.invalidField(path + "." + entry.getKey(),
                            "must be some, every or none");
                };
                parts.add(new Filter.Relation(field.name(), quantifier,
                        object(target, entry.getValue(), path + "." + entry.getKey(), depth + 1)));
            }
            return Filter.and(parts);
        }
        if (value.isNull()) {
            JsonValues.require(field.nullable(), path, "is required and cannot be null");
            return Filter.isNull(field.name());
        }
        JsonValues.require(value.isObject(), path, "must be an object");
        boolean quantified = value.has("is") || value.has("isNot");
        if (!quantified) {
            return Filter.is(field.name(), object(target, value, path, depth + 1));
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            JsonValues.require(key.equals("is") || key.equals("isNot"), path + "." + key, "must be is or isNot");
            Quantifier quantifier = key.equals("is") ? Quantifier.IS : Quantifier.IS_NOT;
            if (entry.getValue().isNull()) {
                JsonValues.require(field.nullable(), path + "." + key, "is required and cannot be null");
                parts.add(quantifier == Quantifier.IS ? Filter.isNull(field.name()) : Filter.isNotNull(field.name()));
            } else {
                parts.add(new Filter.Relation(field.name(), quantifier,
                        object(target, entry.getValue(), path + "." + key, depth + 1)));
            }
        }
        return Filter.and(parts);
    }
}
