package io.naap.db.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.naap.db.model.capacity.CapacitySoftCommit;
import io.naap.db.model.tracker.TrackerProject;

/** An upsert locks the record's identity, not the text of its filter: scopes added by extensions do not split it. */
class UpsertLockKeyTest {

    private static String key(Class<?> type, Filter where) {
        return UniqueKeys.lockKey(ModelSpec.of(type), where);
    }

    @Test
    void theKeyIsTheIdWhateverElseNarrowsTheFilter() {
        String mine = key(TrackerProject.class, Filter.eq("id", "p1").and(Filter.eq("teamId", "t1")));

        assertThat(mine).isEqualTo("TrackerProject:id=p1");
        assertThat(key(TrackerProject.class, Filter.eq("teamId", "t2").and(Filter.eq("id", "p1")))).isEqualTo(mine);
        assertThat(key(TrackerProject.class, Filter.eq("id", "p2"))).isNotEqualTo(mine);
    }

    @Test
    void withoutAnIdTheKeyIsTheUniqueConstraintsFieldsInTheirDeclaredOrder() {
        assertThat(key(CapacitySoftCommit.class, Filter.eq("userId", "u1").and(Filter.eq("requestId", "r1"))
                .and(Filter.eq("userName", "Ada"))))
                .isEqualTo("CapacitySoftCommit:requestId=r1:userId=u1");
    }
}
