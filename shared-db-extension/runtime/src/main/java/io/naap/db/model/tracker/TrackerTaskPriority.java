package io.naap.db.model.tracker;

import io.naap.db.model.support.EnumSchema;

/** Priority of a task, lowest first (the database type orders them so); PostgreSQL enum type {@code plugin_tracker."TrackerTaskPriority"}. */
@EnumSchema("plugin_tracker")
public enum TrackerTaskPriority {
    LOW, MEDIUM, HIGH, URGENT
}
