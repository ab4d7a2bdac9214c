package io.naap.db.data.extensions;

import java.util.List;
import java.util.function.Supplier;

import io.naap.db.data.Extension;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate.Upserted;
import io.naap.db.data.ModelMethod;

/**
 * {@code findOrCreate(where, create)} for every model: the record {@code where} selects, or the one
 * {@code create} makes when there is none, atomically even under concurrency ({@code where} must select by a unique
 * key that the created record carries, such as its id: an insert that would duplicate it is skipped). Nothing that
 * exists is changed.
 *
 * <pre>{@code
 * Upserted<?> found = tasks.call(FindOrCreate.FIND_OR_CREATE, new FindOrCreate.Args(Filter.eq("id", id), () -> task));
 * }</pre>
 */
public final class FindOrCreate {

    public record Args(Filter where, Supplier<?> create) {
    }

    public static final ModelMethod<Args, Upserted<Object>> FIND_OR_CREATE = ModelMethod.named("findOrCreate");

    public static final Extension EXTENSION = Extension.named("find-or-create")
            .methodForAll(FIND_OR_CREATE, (self, args) -> {
                var existing = self.findFirst(FindArgs.where(args.where()));
                if (existing.isPresent()) {
                    return new Upserted<>(existing.get(), false);
                }
                boolean created = self.createMany(List.of(args.create().get()), true) == 1;
                return new Upserted<>(self.findFirstOrThrow(FindArgs.where(args.where())), created);
            })
            .build();

    private FindOrCreate() {
    }
}
