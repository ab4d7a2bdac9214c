package io.naap.db.data.extensions;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.naap.db.data.Extension;
import io.naap.db.data.Filter;
import io.naap.db.data.ModelSpec;
import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.data.QueryArgs;
import io.naap.db.data.QueryCall;
import io.naap.db.data.Records;
import io.naap.db.error.PlatformException;

/**
 * Keeps every query of a team-owned model inside one team: reads, counts, aggregations, updates and deletes see
 * only the team's records; created records are given the team; an update cannot move a record to another team; a
 * record cannot be connected to another team's (a task to another team's project: {@code NOT_FOUND}). A model is
 * team-owned by its own {@code teamId}, or through a required relation to a model that has one (a task through its
 * project).
 *
 * <pre>{@code DataClient scoped = db.extend(TeamScoping.by(caller::teamId));}</pre>
 */
public final class TeamScoping {

    public static final String TEAM_FIELD = "teamId";

    private TeamScoping() {
    }

    /** The extension, reading the current team from {@code team} at each query. */
    public static Extension by(Supplier<String> team) {
        return Extension.named("team-scoping").interceptAll(call -> scope(call, team.get())).build();
    }

    /** The filter that keeps {@code model}'s records to {@code team}; empty for a model that no team owns. */
    public static Optional<Filter> filter(ModelSpec model, String team) {
        return OWNERSHIP.computeIfAbsent(model, TeamScoping::ownership).map(path -> path.isEmpty()
                ? Filter.eq(TEAM_FIELD, team) : Filter.is(path, Filter.eq(TEAM_FIELD, team)));
    }

    /** How a model is team-owned, found once per model: "" by its own field, a relation's name through it. */
    private static final Map<ModelSpec, Optional<String>> OWNERSHIP = new ConcurrentHashMap<>();

    private static Optional<String> ownership(ModelSpec model) {
        if (model.field(TEAM_FIELD).isPresent()) {
            return Optional.of("");
        }
        for (FieldSpec field : model.fields()) {
            if (field.kind() == Kind.TO_ONE && !field.nullable()
                    && model.related(field.name()).field(TEAM_FIELD).isPresent()) {
                return Optional.of(field.name());
            }
        }
        return Optional.empty();
    }

    private static Object scope(QueryCall call, String team) {
        ModelSpec model = call.model();
        Optional<Filter> scope = filter(model, team);
        if (scope.isEmpty()) {
            return call.proceed();
        }
        return switch (call.operation()) {
            case CREATE -> call.proceed(assign(model, call.args(), team));
            case CREATE_MANY -> {
                ((QueryArgs.CreateMany) call.args()).records().forEach(record -> assign(model, record, team));
                yield call.proceed();
            }
            case UPDATE -> {
                QueryArgs.Update update = (QueryArgs.Update) call.narrowed(scope.get());
                yield call.proceed(new QueryArgs.Update(update.where(), record -> {
                    update.changes().accept(record);
                    assign(model, record, team);
                }));
            }
            case UPDATE_MANY -> {
                QueryArgs.UpdateMany update = (QueryArgs.UpdateMany) call.narrowed(scope.get());
                if (update.values().containsKey(TEAM_FIELD) && !team.equals(update.values().get(TEAM_FIELD))) {
                    throw PlatformException.invalidField(TEAM_FIELD, "cannot move records to another team");
                }
                yield call.proceed(update);
            }
            case UPSERT -> {
                QueryArgs.Upsert upsert = (QueryArgs.Upsert) call.narrowed(scope.get());
                yield call.proceed(new QueryArgs.Upsert(upsert.where(),
                        () -> assign(model, upsert.create().get(), team), record -> {
                            upsert.update().accept(record);
                            assign(model, record, team);
                        }));
            }
            default -> call.proceed(call.narrowed(scope.get()));
        };
    }

    /** Gives a record of a model with its own team field the team (a task's team is its project's). */
    private static Object assign(ModelSpec model, Object record, String team) {
        if (model.field(TEAM_FIELD).isPresent()) {
            Records.set(record, TEAM_FIELD, team);
        }
        return record;
    }
}
