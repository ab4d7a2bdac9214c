package io.naap.db.data.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import io.naap.db.data.Filter;
import io.naap.db.data.ModelSpec;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;

/**
 * A model owned through a relation is read together with the related model. With the read inside the cache's
 * {@code computeIfAbsent}, a service whose two models' hash codes fell in one bin answered every create of a task
 * with a 500 ("Recursive update"), from its first request on; a map of one bin puts every key in one bin.
 */
class OwnershipCacheTest {

    @Test
    void aModelOwnedThroughARelationIsReadWhenBothModelsShareTheCachesBin() {
        Map<ModelSpec, Ownership> oneBin = new ConcurrentHashMap<>(0);

        Ownership task = Ownership.of(ModelSpec.of(TrackerTask.class), oneBin);

        assertThat(task.kind()).isEqualTo(Ownership.Kind.TEAM);
        assertThat(task.teamThrough()).isEqualTo("project");
        assertThat(oneBin).containsOnlyKeys(ModelSpec.of(TrackerTask.class), ModelSpec.of(TrackerProject.class));
        assertThat(task.teamFilter("t1")).contains(Filter.is("project", Filter.eq("teamId", "t1")));
    }

    @Test
    void aModelReadOnceIsTheOneTheCacheKeeps() {
        Map<ModelSpec, Ownership> cache = new ConcurrentHashMap<>();

        Ownership first = Ownership.of(ModelSpec.of(TrackerProject.class), cache);

        assertThat(Ownership.of(ModelSpec.of(TrackerProject.class), cache)).isSameAs(first);
    }
}
