package io.naap.db.model.tracker;

import io.naap.db.model.support.EnumSchema;

/** Status of a task; PostgreSQL enum type {@code plugin_tracker."TrackerTaskStatus"}. */
@EnumSchema("plugin_tracker")
public enum TrackerTaskStatus {
    TODO, IN_PROGRESS, IN_REVIEW, DONE
}
