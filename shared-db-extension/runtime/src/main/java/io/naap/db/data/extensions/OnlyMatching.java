package io.naap.db.data.extensions;

import io.naap.db.data.Extension;
import io.naap.db.data.Filter;

/**
 * Restricts one model to the records matching a condition, for every operation (the proposal's "only users above
 * 18"): reads, counts, aggregations, updates and deletes never see the others, nor do the nested reads of other
 * models' queries (relation counts, connected records). Creates are not filtered.
 *
 * <pre>{@code DataClient open = db.extend(OnlyMatching.of(TrackerProject.class, Filter.ne("status", ARCHIVED)));}</pre>
 */
public final class OnlyMatching {

    private OnlyMatching() {
    }

    public static Extension of(Class<?> model, Filter condition) {
        return Extension.named("only-matching " + model.getSimpleName())
                .scope(model, () -> condition)
                .build();
    }
}
