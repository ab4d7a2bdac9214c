package io.naap.db.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A condition on a model's records, as a composable value (Prisma's {@code where}). Build it in Java with the static
 * factories and {@link #and}/{@link #or}/{@link #not}, or from JSON with {@link FilterParser}; the data API turns it
 * into a JPA criteria query, never into SQL text.
 */
public sealed interface Filter {

    /** Matches every record: the neutral element of {@link #and}. */
    record All() implements Filter {
    }

    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }
    }

    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }
    }

    record Not(Filter filter) implements Filter {
        public Not {
            Objects.requireNonNull(filter);
        }
    }

    /** A comparison of one scalar field; {@code value} is already of the field's Java type. */
    record Condition(String field, Operator operator, Object value, boolean caseInsensitive) implements Filter {
        public Condition {
            Objects.requireNonNull(field);
            Objects.requireNonNull(operator);
            if (value instanceof Collection<?> values) {
                value = List.copyOf(values);
            }
        }
    }

    /** A condition on the records a relation field points to. */
    record Relation(String field, Quantifier quantifier, Filter filter) implements Filter {
        public Relation {
            Objects.requireNonNull(field);
            Objects.requireNonNull(quantifier);
            Objects.requireNonNull(filter);
        }
    }

    enum Operator {
        EQUALS, NOT_EQUALS, IN, NOT_IN, LT, LTE, GT, GTE, CONTAINS, STARTS_WITH, ENDS_WITH, IS_NULL, IS_NOT_NULL
    }

    /** {@code SOME}/{@code EVERY}/{@code NONE} for to-many relations, {@code IS}/{@code IS_NOT} for to-one. */
    enum Quantifier {
        SOME, EVERY, NONE, IS, IS_NOT
    }

    static Filter all() {
        return new All();
    }

    static Filter eq(String field, Object value) {
        return value == null ? new Condition(field, Operator.IS_NULL, null, false)
                : new Condition(field, Operator.EQUALS, value, false);
    }

    static Filter ne(String field, Object value) {
        return value == null ? new Condition(field, Operator.IS_NOT_NULL, null, false)
                : new Condition(field, Operator.NOT_EQUALS, value, false);
    }

    static Filter in(String field, Collection<?> values) {
        return new Condition(field, Operator.IN, values, false);
    }

    static Filter notIn(String field, Collection<?> values) {
        return new Condition(field, Operator.NOT_IN, values, false);
    }

    static Filter lt(String field, Object value) {
        return new Condition(field, Operator.LT, value, false);
    }

    static Filter lte(String field, Object value) {
        return new Condition(field, Operator.LTE, value, false);
    }

    static Filter gt(String field, Object value) {
        return new Condition(field, Operator.GT, value, false);
    }

    static Filter gte(String field, Object value) {
        return new Condition(field, Operator.GTE, value, false);
    }

    static Filter contains(String field, String text) {
        return new Condition(field, Operator.CONTAINS, text, false);
    }

    static Filter startsWith(String field, String text) {
        return new Condition(field, Operator.STARTS_WITH, text, false);
    }

    static Filter endsWith(String field, String text) {
        return new Condition(field, Operator.ENDS_WITH, text, false);
    }

    static Filter isNull(String field) {
        return new Condition(field, Operator.IS_NULL, null, false);
    }

    static Filter isNotNull(String field) {
        return new Condition(field, Operator.IS_NOT_NULL, null, false);
    }

    static Filter some(String relation, Filter filter) {
        return new Relation(relation, Quantifier.SOME, filter);
    }

    static Filter every(String relation, Filter filter) {
        return new Relation(relation, Quantifier.EVERY, filter);
    }

    static Filter none(String relation, Filter filter) {
        return new Relation(relation, Quantifier.NONE, filter);
    }

    static Filter is(String relation, Filter filter) {
        return new Relation(relation, Quantifier.IS, filter);
    }

    static Filter isNot(String relation, Filter filter) {
        return new Relation(relation, Quantifier.IS_NOT, filter);
    }

    static Filter and(Filter... filters) {
        return and(List.of(filters));
    }

    /** The conjunction, without {@link All} operands; {@link All} when nothing is left, the operand when one is. */
    static Filter and(List<Filter> filters) {
        List<Filter> kept = new ArrayList<>();
        for (Filter f : filters) {
            if (f instanceof And and) {
                kept.addAll(and.filters());
            } else if (!(f instanceof All)) {
                kept.add(f);
            }
        }
        return kept.isEmpty() ? all() : kept.size() == 1 ? kept.get(0) : new And(kept);
    }

    static Filter or(Filter... filters) {
        return new Or(List.of(filters));
    }

    static Filter not(Filter filter) {
        return new Not(filter);
    }

    /**
     * Whether {@code filter} selects every record whatever the data: after normalising empty {@code AND}s, empty
     * {@code OR}s (which match nothing), {@code NOT}s of those, empty {@code in}/{@code notIn} lists and relation
     * quantifiers over such filters. A bulk write with such a filter is a write of the whole table.
     */
    static boolean matchesEverything(Filter filter) {
        return Truth.of(filter) == Truth.ALWAYS;
    }

    /** What a filter is known to match without looking at the data. */
    enum Truth {
        ALWAYS, NEVER, DEPENDS;

        static Truth of(Filter filter) {
            if (filter instanceof All) {
                return ALWAYS;
            }
            if (filter instanceof And and) {
                return combine(and.filters(), ALWAYS, NEVER);
            }
            if (filter instanceof Or or) {
                return combine(or.filters(), NEVER, ALWAYS);
            }
            if (filter instanceof Not not) {
                Truth inner = of(not.filter());
                return inner == ALWAYS ? NEVER : inner == NEVER ? ALWAYS : DEPENDS;
            }
            if (filter instanceof Condition c && c.value() instanceof List<?> values && values.isEmpty()) {
                return c.operator() == Operator.IN ? NEVER : c.operator() == Operator.NOT_IN ? ALWAYS : DEPENDS;
            }
            if (filter instanceof Relation r) {
                // "Every related record matches" and "no related record matches" hold for records without any; a
                // required to-one relation always points to a record (taken as ALWAYS whether it is required or not).
                Truth inner = of(r.filter());
                boolean vacuous = (r.quantifier() == Quantifier.EVERY || r.quantifier() == Quantifier.IS)
                        && inner == ALWAYS
                        || (r.quantifier() == Quantifier.NONE || r.quantifier() == Quantifier.IS_NOT) && inner == NEVER;
                return vacuous ? ALWAYS : DEPENDS;
            }
            return DEPENDS;
        }

        /** {@code neutral} operands drop out; one {@code absorbing} operand decides. */
        private static Truth combine(List<Filter> operands, Truth neutral, Truth absorbing) {
            Truth result = neutral;
            for (Filter operand : operands) {
                Truth truth = of(operand);
                if (truth == absorbing) {
                    return absorbing;
                }
                if (truth == DEPENDS) {
                    result = DEPENDS;
                }
            }
            return result;
        }
    }

    /** This filter and {@code other}. */
    default Filter and(Filter other) {
        return and(List.of(this, other));
    }

    /** This filter or {@code other}. */
    default Filter or(Filter other) {
        return new Or(List.of(this, other));
    }

    /** The same condition, compared case-insensitively (Prisma's {@code mode: 'insensitive'}); for text conditions. */
    default Filter insensitive() {
        if (this instanceof Condition c) {
            return new Condition(c.field(), c.operator(), c.value(), true);
        }
        throw new IllegalStateException("insensitive() applies to a single text condition");
    }
}
