package io.naap.db.data.extensions;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.naap.db.data.Extension;
import io.naap.db.data.Filter;
import io.naap.db.data.ModelSpec;
import io.naap.db.data.OperationArgs;
import io.naap.db.data.QueryArgs;
import io.naap.db.data.QueryCall;
import io.naap.db.data.Records;
import io.naap.db.data.ownership.Ownership;
import io.naap.db.data.ownership.TeamOwned;
import io.naap.db.data.ownership.UserOwned;
import io.naap.db.error.PlatformException;

/**
 * Stamps the creating user on the owner field a model declares ({@link TeamOwned#owner()}, {@link UserOwned#field()})
 * and keeps a {@link UserOwned} model's records to their owner: only the owner updates or deletes them, and reads
 * them too unless the model is readable by all. An update never hands a record to another user.
 *
 * <pre>{@code DataClient scoped = db.extend(OwnerScoping.by(caller::userId));}</pre>
 */
public final class OwnerScoping {

    private OwnerScoping() {
    }

    /** The extension, reading the current user from {@code user} at each query of a model with an owner field. */
    public static Extension by(Supplier<String> user) {
        return Extension.named("owner-scoping")
                .scopeAll(model -> visible(model, user))
                .interceptAll(call -> write(call, user))
                .build();
    }

    /** The records of {@code model} the user sees: of a private {@link UserOwned} model, the user's own. */
    private static Optional<Filter> visible(ModelSpec model, Supplier<String> user) {
        Ownership ownership = Ownership.of(model);
        return ownership.kind() == Ownership.Kind.USER && !ownership.readableByAll()
                ? Optional.of(Filter.eq(ownership.ownerField(), user.get()))
                : Optional.empty();
    }

    /** Stamps the owner on created records, keeps it on changed ones, and lets only the owner change its records. */
    private static Object write(QueryCall call, Supplier<String> users) {
        Ownership ownership = Ownership.of(call.model());
        String field = ownership.ownerField();
        if (field.isEmpty() || call.operation().reads()) {
            return call.proceed();
        }
        // A private model's scope keeps its writes to the owner already; one readable by all is changed by its owner
        // only. The user is asked for only when needed: a team's record is updated without one in headers mode.
        boolean readableByAll = ownership.kind() == Ownership.Kind.USER && ownership.readableByAll();
        OperationArgs args = readableByAll ? call.narrowed(Filter.eq(field, users.get())) : call.args();
        if (args instanceof QueryArgs.Create create) {
            return call.proceed(new QueryArgs.Create(Records.with(create.record(), field, users.get())));
        }
        if (args instanceof QueryArgs.CreateMany createMany) {
            String user = users.get();
            createMany.records().forEach(record -> Records.set(record, field, user));
            return call.proceed(createMany);
        }
        if (args instanceof QueryArgs.Update update) {
            return call.proceed(new QueryArgs.Update(update.where(), record -> keeping(field, record,
                    update.changes())));
        }
        if (args instanceof QueryArgs.UpdateMany updateMany && updateMany.values().containsKey(field)) {
            throw PlatformException.invalidField(field, "is set by the platform from the caller");
        }
        if (args instanceof QueryArgs.Upsert upsert) {
            return call.proceed(new QueryArgs.Upsert(upsert.where(),
                    () -> Records.with(upsert.create().get(), field, users.get()),
                    record -> keeping(field, record, upsert.update())));
        }
        return call.proceed(args);
    }

    /** Applies {@code changes} to {@code record}, whose owner stays who it was. */
    private static void keeping(String field, Object record, Consumer<Object> changes) {
        Object owner = Records.get(record, field);
        changes.accept(record);
        Records.set(record, field, owner);
    }
}
