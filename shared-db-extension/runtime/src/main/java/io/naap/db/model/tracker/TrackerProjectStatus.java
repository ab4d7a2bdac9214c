package io.naap.db.model.tracker;

import io.naap.db.model.support.EnumSchema;

/** Status of a project; PostgreSQL enum type {@code plugin_tracker."TrackerProjectStatus"}. */
@EnumSchema("plugin_tracker")
public enum TrackerProjectStatus {
    ACTIVE, ARCHIVED, COMPLETED
}
