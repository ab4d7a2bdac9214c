package io.naap.db.data;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import io.naap.db.data.Filter.Condition;
import io.naap.db.data.Filter.Quantifier;
import io.naap.db.data.Filter.Relation;

/**
 * Writes the HQL of one data API statement. Identifiers come only from the model's mapping (every field name is
 * checked against its {@link ModelSpec}); values are always bound as named parameters. The same query shape gives
 * the same HQL text, so Hibernate's query plan cache serves it after the first time.
 */
final class Hql {

    /** The alias of the queried model; related models in subqueries get r1, r2, … */
    static final String ROOT = "r0";

    /** Statements Hibernate has interpreted once (it caches each interpretation, up to its plan cache's size). */
    private static final Set<String> INTERPRETED = ConcurrentHashMap.newKeySet();
    private static final Map<String, Object> INTERPRETING = new ConcurrentHashMap<>();
    private static final int INTERPRETED_REMEMBERED = 2048;

    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private int aliases;

    /** A fresh alias for a related model in a subquery. */
    String alias() {
        return "r" + ++aliases;
    }

    /** A parameter placeholder bound to {@code value}. */
    String bind(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    /** The parameters bound so far, by name. */
    Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    /** {@code em.createQuery(statement, type)}, interpreting a statement new to Hibernate once (see below). */
    static <R> TypedQuery<R> create(EntityManager em, String statement, Class<R> type) {
        return interpretedAlone(statement, () -> em.createQuery(statement, type));
    }

    static Query create(EntityManager em, String statement) {
        return interpretedAlone(statement, () -> em.createQuery(statement));
    }

    /**
     * Runs the first interpretation of {@code statement} alone. Hibernate caches a statement once interpreted, but
     * until then every request that sends it parses it: 32 concurrent first requests of a list with counts each ran
     * the HQL parser (tens of MB and hundreds of ms apiece), which kept a cold service from answering for seconds
     * and ran a 160 MB heap out of memory. Later requests wait for the first instead, then hit the cache.
     */
    static <Q> Q interpretedAlone(String statement, Supplier<Q> create) {
        if (INTERPRETED.contains(statement)) {
            return create.get();
        }
        Object turn = INTERPRETING.computeIfAbsent(statement, s -> new Object());
        synchronized (turn) {
            Q query = create.get();
            if (INTERPRETED.size() >= INTERPRETED_REMEMBERED) {
                INTERPRETED.clear(); // beyond Hibernate's plan cache, remembering them would not spare a parse
            }
            INTERPRETED.add(statement);
            INTERPRETING.remove(statement, turn);
            return query;
        }
    }

    <Q extends Query> Q bindAll(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code filter} as an HQL condition on {@code alias}, an instance of {@code model}. */
    String where(ModelSpec model, String alias, Filter filter) {
        return where(filter, c -> alias + "." + requireField(model, c.field()).name(), (r, inner) -> relation(model,
                alias, r, inner));
    }

    /**
     * {@code filter} as an HQL condition whose fields are read by {@code field}, e.g. the aggregates of a group
     * ({@code having}); relation filters are refused.
     */
    String where(Filter filter, Function<Condition, String> field) {
        return where(filter, field, (r, inner) -> {
            throw new IllegalArgumentException("No relation filter here: " + r.field());
        });
    }

    private interface RelationWriter {
        String write(Relation relation, Filter inner);
    }

    private String where(Filter filter, Function<Condition, String> field, RelationWriter relations) {
        if (filter instanceof Filter.And and) {
            return join(and.filters(), " and ", field, relations, "1=1");
        }
        if (filter instanceof Filter.Or or) {
            return join(or.filters(), " or ", field, relations, "1=0");
        }
        if (filter instanceof Filter.Not not) {
            return "not (" + where(not.filter(), field, relations) + ")";
        }
        if (filter instanceof Condition condition) {
            return condition(field.apply(condition), condition);
        }
        if (filter instanceof Relation relation) {
            return relations.write(relation, relation.filter());
        }
        return "1=1"; // Filter.All
    }

    private String join(List<Filter> filters, String operator, Function<Condition, String> field,
            RelationWriter relations, String empty) {
        if (filters.isEmpty()) {
            return empty;
        }
        return filters.stream().map(f -> "(" + where(f, field, relations) + ")").collect(Collectors.joining(operator));
    }

    private String condition(String path, Condition c) {
        Object value = c.value();
        boolean lower = c.caseInsensitive() && (value instanceof String || value instanceof Collection<?>);
        String left = lower ? "lower(" + path + ")" : path;
        return switch (c.operator()) {
            case EQUALS -> left + " = " + bind(lowered(value, lower));
            case NOT_EQUALS -> left + " <> " + bind(lowered(value, lower));
            case IN -> ((Collection<?>) value).isEmpty() ? "1=0" : left + " in (" + bind(lowered(value, lower)) + ")";
            case NOT_IN -> ((Collection<?>) value).isEmpty() ? "1=1"
                    : left + " not in (" + bind(lowered(value, lower)) + ")";
            case LT -> left + " < " + bind(value);
            case LTE -> left + " <= " + bind(value);
            case GT -> left + " > " + bind(value);
            case GTE -> left + " >= " + bind(value);
            case CONTAINS -> left + " like " + bind("%" + escape((String) lowered(value, lower)) + "%") + " escape '!'";
            case STARTS_WITH -> left + " like " + bind(escape((String) lowered(value, lower)) + "%") + " escape '!'";
            case ENDS_WITH -> left + " like " + bind("%" + escape((String) lowered(value, lower))) + " escape '!'";
            case IS_NULL -> path + " is null";
            case IS_NOT_NULL -> path + " is not null";
        };
    }

    private static Object lowered(Object value, boolean lower) {
        if (!lower) {
            return value;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> ((String) v).toLowerCase(Locale.ROOT)).toList();
        }
        return ((String) value).toLowerCase(Locale.ROOT);
    }

    /** A correlated EXISTS over the related model; EVERY is "no related record fails the filter". */
    private String relation(ModelSpec model, String alias, Relation r, Filter inner) {
        ModelSpec.FieldSpec field = requireField(model, r.field());
        ModelSpec target = model.related(r.field());
        String related = alias();
        String link = field.kind() == ModelSpec.Kind.TO_MANY
                ? related + "." + model.mappedBy(r.field()) + " = " + alias
                : related + " = " + alias + "." + field.name();
        Filter condition = r.quantifier() == Quantifier.EVERY ? Filter.not(inner) : inner;
        String exists = "exists (select 1 from " + target.name() + " " + related + " where " + link + " and ("
                + where(target, related, condition) + "))";
        return switch (r.quantifier()) {
            case SOME, IS -> exists;
            case NONE, EVERY, IS_NOT -> "not " + exists;
        };
    }

    /**
     * {@code orderBy} as an HQL order-by clause (with its keyword), or nothing. A key is a scalar field, or
     * {@code _count.<relation>}: the number of related records of a to-many relation (Prisma's
     * {@code orderBy: {relation: {_count: 'desc'}}}), a correlated count subquery.
     */
    static String orderBy(ModelSpec model, String alias, List<OrderBy> orderBy) {
        if (orderBy.isEmpty()) {
            return "";
        }
        int[] counted = { 0 };
        return " order by " + orderBy.stream()
                .map(o -> orderKey(model, alias, o.field(), counted) + (o.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
    }

    private static String orderKey(ModelSpec model, String alias, String field, int[] counted) {
        if (!field.startsWith(COUNT_PREFIX)) {
            return alias + "." + requireField(model, field).name();
        }
        String relation = field.substring(COUNT_PREFIX.length());
        ModelSpec.FieldSpec spec = requireField(model, relation);
        if (spec.kind() != ModelSpec.Kind.TO_MANY) {
            throw new IllegalArgumentException(relation + " is not a to-many relation of " + model.name());
        }
        String related = "oc" + counted[0]++;
        return "(select count(" + related + ") from " + model.related(relation).name() + " " + related + " where "
                + related + "." + model.mappedBy(relation) + " = " + alias + ")";
    }

    /** The order key prefix of a relation count. */
    static final String COUNT_PREFIX = "_count.";

    static ModelSpec.FieldSpec requireField(ModelSpec model, String field) {
        return model.field(field).orElseThrow(() -> new IllegalArgumentException(
                "No field " + field + " on " + model.name()));
    }

    /** Makes {@code %}, {@code _} and the escape character itself match literally in a LIKE pattern. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == '!') {
                escaped.append('!');
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }
}
