package io.naap.db.rest.projection;

import java.util.Optional;

import io.naap.db.data.Filter;
import io.naap.db.data.ModelSpec;
import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;

/**
 * How a model belongs to a team: by its own {@code teamId}, or through a required relation to a model that has one
 * (a task through its project). A model with neither is not team-owned.
 */
final class TeamScope {

    static final String TEAM_FIELD = "teamId";

    private TeamScope() {
    }

    /** The filter that keeps {@code model}'s records to {@code team}; empty for a model that no team owns. */
    static Optional<Filter> of(ModelSpec model, String team) {
        if (model.field(TEAM_FIELD).isPresent()) {
            return Optional.of(Filter.eq(TEAM_FIELD, team));
        }
        for (FieldSpec field : model.fields()) {
            if (field.kind() == Kind.TO_ONE && !field.nullable()
                    && model.related(field.name()).field(TEAM_FIELD).isPresent()) {
                return Optional.of(Filter.is(field.name(), Filter.eq(TEAM_FIELD, team)));
            }
        }
        return Optional.empty();
    }
}
