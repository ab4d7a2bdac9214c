package io.naap.db.data.extensions;

import java.util.List;

import io.naap.db.data.Extension;
import io.naap.db.data.Filter;
import io.naap.db.data.ModelMethod;
import io.naap.db.model.platform.DeletedRecord;

/**
 * {@code softDelete(id)} for every model: records the record as deleted in {@code public."DeletedRecord"} and
 * leaves it stored. The record must exist for the client (so, with {@link TeamScoping}, in the caller's team):
 * otherwise {@code NOT_FOUND}. Answers whether this call deleted it (false when it was already soft-deleted).
 *
 * <pre>{@code boolean deleted = db.extend(SoftDelete.EXTENSION).model(TrackerTask.class).call(SoftDelete.SOFT_DELETE, id);}</pre>
 */
public final class SoftDelete {

    public static final ModelMethod<Object, Boolean> SOFT_DELETE = ModelMethod.named("softDelete");

    public static final Extension EXTENSION = Extension.named("soft-delete")
            .methodForAll(SOFT_DELETE, (self, id) -> {
                self.findUniqueOrThrow(Filter.eq(self.model().idField().name(), id));
                return self.client().model(DeletedRecord.class)
                        .createMany(List.of(DeletedRecord.of(self.model().name(), id)), true) == 1;
            })
            .build();

    private SoftDelete() {
    }
}
