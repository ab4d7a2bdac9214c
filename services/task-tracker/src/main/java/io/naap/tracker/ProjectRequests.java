package io.naap.tracker;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import io.naap.db.model.tracker.TrackerProjectStatus;
import io.naap.db.rest.Inputs;

/**
 * Request bodies of the project routes; fields a client may not set (id, owner, team, timestamps) are not here.
 * Classes rather than records: a record cannot tell an absent field from an explicit {@code null}, which the
 * seed's zod schemas reject for optional fields.
 */
final class ProjectRequests {

    private ProjectRequests() {
    }

    static final class CreateProjectRequest {
        @NotNull
        @Size(min = 1, max = 200)
        public String name;

        @JsonSetter(nulls = Nulls.FAIL)
        @Size(max = Inputs.MAX_TEXT)
        public String description;
    }

    /** Every field optional; none may be set to null. */
    static final class UpdateProjectRequest {
        @JsonSetter(nulls = Nulls.FAIL)
        @Size(min = 1, max = 200)
        public String name;

        @JsonSetter(nulls = Nulls.FAIL)
        @Size(max = Inputs.MAX_TEXT)
        public String description;

        @JsonSetter(nulls = Nulls.FAIL)
        public TrackerProjectStatus status;
    }
}
