package io.naap.db.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code aggregate} and {@code groupBy} compute, in SQL (Prisma's {@code _count}, {@code _sum}, {@code _avg},
 * {@code _min}, {@code _max}). Results are keyed {@code _count}, {@code _sum.<field>}, and so on.
 */
public record Aggregations(boolean counted, List<String> sum, List<String> avg, List<String> min, List<String> max) {

    public Aggregations {
        sum = List.copyOf(sum);
        avg = List.copyOf(avg);
        min = List.copyOf(min);
        max = List.copyOf(max);
    }

    public static Aggregations count() {
        return new Aggregations(true, List.of(), List.of(), List.of(), List.of());
    }

    public static Aggregations none() {
        return new Aggregations(false, List.of(), List.of(), List.of(), List.of());
    }

    public Aggregations withCount() {
        return new Aggregations(true, sum, avg, min, max);
    }

    public Aggregations sum(String... fields) {
        return new Aggregations(counted, plus(sum, fields), avg, min, max);
    }

    public Aggregations avg(String... fields) {
        return new Aggregations(counted, sum, plus(avg, fields), min, max);
    }

    public Aggregations min(String... fields) {
        return new Aggregations(counted, sum, avg, plus(min, fields), max);
    }

    public Aggregations max(String... fields) {
        return new Aggregations(counted, sum, avg, min, plus(max, fields));
    }

    private static List<String> plus(List<String> list, String... fields) {
        List<String> result = new ArrayList<>(list);
        result.addAll(List.of(fields));
        return result;
    }
}
