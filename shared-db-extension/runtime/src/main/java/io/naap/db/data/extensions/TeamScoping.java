package io.naap.db.data.extensions;

import java.util.Optional;
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
import io.naap.db.error.PlatformException;

/**
 * Keeps every query of a {@link TeamOwned} model inside one team: reads, counts, aggregations, updates and deletes
 * see only the team's records; created records are given the team; an update cannot move a record to another team;
 * a record cannot be connected to another team's (a task to another team's project: {@code NOT_FOUND}). Models that
 * declare another ownership pass unchanged; a model that declares none is refused (the default client never
 * guesses).
 *
 * <pre>{@code DataClient scoped = db.extend(TeamScoping.by(caller::teamId));}</pre>
 */
public final class TeamScoping {

    private TeamScoping() {
    }

    /** The extension, reading the current team from {@code team} at each query of a team-owned model. */
    public static Extension by(Supplier<String> team) {
        return Extension.named("team-scoping")
                .scopeAll(model -> scope(model, team))
                .interceptAll(call -> assign(call, team))
                .build();
    }

    /** The records of {@code model} the team sees: a team-owned model's own; every record of the others. */
    private static Optional<Filter> scope(ModelSpec model, Supplier<String> team) {
        Ownership ownership = owned(model);
        return ownership.teamOwned() ? ownership.teamFilter(team.get()) : Optional.empty();
    }

    /** Gives created and changed records the team; refuses a bulk update that would move records to another. */
    private static Object assign(QueryCall call, Supplier<String> teams) {
        Ownership ownership = owned(call.model());
        OperationArgs args = call.args();
        if (!ownership.teamOwned() || !call.operation().setsFields()) {
            return call.proceed();
        }
        String team = teams.get();
        String field = ownership.teamField();
        if (args instanceof QueryArgs.Create create) {
            return call.proceed(new QueryArgs.Create(assign(field, create.record(), team)));
        }
        if (args instanceof QueryArgs.CreateMany createMany) {
            createMany.records().forEach(record -> assign(field, record, team));
            return call.proceed(createMany);
        }
        if (args instanceof QueryArgs.Update update) {
            return call.proceed(new QueryArgs.Update(update.where(), record -> {
                update.changes().accept(record);
                assign(field, record, team);
            }));
        }
        if (args instanceof QueryArgs.UpdateMany updateMany && !field.isEmpty()
                && updateMany.values().containsKey(field) && !team.equals(updateMany.values().get(field))) {
            throw PlatformException.invalidField(field, "cannot move records to another team");
        }
        if (args instanceof QueryArgs.Upsert upsert) {
            return call.proceed(new QueryArgs.Upsert(upsert.where(), () -> assign(field, upsert.create().get(), team),
                    record -> {
                        upsert.update().accept(record);
                        assign(field, record, team);
                    }));
        }
        return call.proceed();
    }

    /** The model's declared ownership; a model that declares none is refused before any team is asked for. */
    private static Ownership owned(ModelSpec model) {
        Ownership ownership = Ownership.of(model);
        if (ownership.kind() == Ownership.Kind.UNDECLARED) {
            throw new IllegalStateException(ownership.undeclaredMessage());
        }
        return ownership;
    }

    /** Gives a record of a model with its own team field the team (a task's team is its project's). */
    private static Object assign(String field, Object record, String team) {
        return field.isEmpty() ? record : Records.with(record, field, team);
    }
}
