package io.naap.db.data;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import io.naap.db.data.Filter.Condition;
import io.naap.db.data.Filter.Quantifier;
import io.naap.db.data.Filter.Relation;

/**
 * Renders a {@link Filter} as a JPA criteria predicate: values are bound as parameters, text patterns are escaped,
 * and relation filters become correlated {@code EXISTS} subqueries, so they never multiply the rows of the query.
 */
final class Predicates {

    private static final char ESCAPE = '\\';

    private final CriteriaBuilder cb;
    private final CommonAbstractCriteria query;

    Predicates(CriteriaBuilder cb, CommonAbstractCriteria query) {
        this.cb = cb;
        this.query = query;
    }

    Predicate of(ModelSpec model, Path<?> from, Filter filter) {
        if (filter instanceof Filter.And and) {
            return cb.and(and.filters().stream().map(f -> of(model, from, f)).toArray(Predicate[]::new));
        }
        if (filter instanceof Filter.Or or) {
            return cb.or(or.filters().stream().map(f -> of(model, from, f)).toArray(Predicate[]::new));
        }
        if (filter instanceof Filter.Not not) {
            return cb.not(of(model, from, not.filter()));
        }
        if (filter instanceof Condition condition) {
            return condition(model, from, condition);
        }
        if (filter instanceof Relation relation) {
            return relation(model, from, relation);
        }
        return cb.conjunction(); // Filter.All
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Predicate condition(ModelSpec model, Path<?> from, Condition c) {
        requireField(model, c.field());
        Path<?> path = from.get(c.field());
        Object value = c.value();
        boolean lower = c.caseInsensitive() && value instanceof String;
        Expression<?> left = lower ? cb.lower((Expression<String>) path) : path;
        Object right = lower ? ((String) value).toLowerCase(Locale.ROOT) : value;
        return switch (c.operator()) {
            case EQUALS -> cb.equal(left, right);
            case NOT_EQUALS -> cb.notEqual(left, right);
            case IN -> ((Collection<?>) value).isEmpty() ? cb.disjunction() : left.in(lowered((Collection<?>) value, lower));
            case NOT_IN -> ((Collection<?>) value).isEmpty() ? cb.conjunction()
                    : cb.not(left.in(lowered((Collection<?>) value, lower)));
            case LT -> cb.lessThan((Expression<Comparable>) left, (Comparable) right);
            case LTE -> cb.lessThanOrEqualTo((Expression<Comparable>) left, (Comparable) right);
            case GT -> cb.greaterThan((Expression<Comparable>) left, (Comparable) right);
            case GTE -> cb.greaterThanOrEqualTo((Expression<Comparable>) left, (Comparable) right);
            case CONTAINS -> cb.like((Expression<String>) left, "%" + escape((String) right) + "%", ESCAPE);
            case STARTS_WITH -> cb.like((Expression<String>) left, escape((String) right) + "%", ESCAPE);
            case ENDS_WITH -> cb.like((Expression<String>) left, "%" + escape((String) right), ESCAPE);
            case IS_NULL -> cb.isNull(path);
            case IS_NOT_NULL -> cb.isNotNull(path);
        };
    }

    private static Collection<?> lowered(Collection<?> values, boolean lower) {
        return lower ? values.stream().map(v -> ((String) v).toLowerCase(Locale.ROOT)).toList() : values;
    }

    /** A correlated EXISTS over the related model; EVERY is "no related record fails the filter". */
    private Predicate relation(ModelSpec model, Path<?> from, Relation r) {
        ModelSpec.FieldSpec field = requireField(model, r.field());
        ModelSpec target = model.related(r.field());
        Subquery<Integer> sub = query.subquery(Integer.class);
        Root<?> related = sub.from(target.entityClass());
        Predicate link = field.kind() == ModelSpec.Kind.TO_MANY
                ? cb.equal(related.get(model.mappedBy(r.field())), from)
                : cb.equal(related, from.get(r.field()));
        Filter inner = r.quantifier() == Quantifier.EVERY ? Filter.not(r.filter()) : r.filter();
        sub.select(cb.literal(1)).where(link, new Predicates(cb, sub).of(target, related, inner));
        Predicate exists = cb.exists(sub);
        return switch (r.quantifier()) {
            case SOME, IS -> exists;
            case NONE, EVERY, IS_NOT -> cb.not(exists);
        };
    }

    private static ModelSpec.FieldSpec requireField(ModelSpec model, String field) {
        return model.field(field).orElseThrow(() -> new IllegalArgumentException(
                "No field " + field + " on " + model.name()));
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }

    static List<jakarta.persistence.criteria.Order> orders(CriteriaBuilder cb, Root<?> root, ModelSpec model,
            List<OrderBy> orderBy) {
        return orderBy.stream().map(o -> {
            requireField(model, o.field());
            return o.descending() ? cb.desc(root.get(o.field())) : cb.asc(root.get(o.field()));
        }).toList();
    }
}
