package io.naap.db.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which filters select every record whatever the data: the bulk-write guard refuses those. */
class FilterTruthTest {

    @Test
    void filtersThatNormaliseToEverythingAreRecognised() {
        List<Filter> everything = List.of(Filter.all(), Filter.and(List.of()), new Filter.And(List.of()),
                new Filter.And(List.of(Filter.all(), Filter.all())), Filter.not(new Filter.Or(List.of())),
                new Filter.Or(List.of(Filter.all())), new Filter.Or(List.of(Filter.eq("name", "x"), Filter.all())),
                Filter.notIn("id", List.of()), Filter.not(Filter.in("id", List.of())),
                Filter.every("tasks", Filter.all()), Filter.none("tasks", new Filter.Or(List.of())),
                Filter.is("project", Filter.all()), Filter.not(Filter.not(Filter.all())));
        for (Filter filter : everything) {
            assertThat(Filter.matchesEverything(filter)).as("%s", filter).isTrue();
        }
    }

    @Test
    void filtersThatNarrowOrMatchNothingAreNotEverything() {
        List<Filter> narrowing = List.of(Filter.eq("name", "x"), new Filter.Or(List.of()),
                Filter.not(Filter.all()), Filter.in("id", List.of()), Filter.in("id", List.of("a")),
                Filter.notIn("id", List.of("a")), Filter.some("tasks", Filter.all()),
                Filter.and(Filter.all(), Filter.eq("name", "x")), Filter.not(Filter.eq("name", "x")),
                new Filter.Or(List.of(Filter.eq("name", "x"), new Filter.Or(List.of()))),
                Filter.every("tasks", Filter.eq("status", "DONE")));
        for (Filter filter : narrowing) {
            assertThat(Filter.matchesEverything(filter)).as("%s", filter).isFalse();
        }
    }
}
