package io.naap.tracker;

import java.time.Instant;

import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A task as the API returns it: the fields of the {@code TrackerTask} model. */
@RegisterForReflection
public record TaskView(String id, String title, String description, TrackerTaskStatus status,
        TrackerTaskPriority priority, String assigneeId, Instant dueDate, String projectId, Instant createdAt,
        Instant updatedAt) {

    static TaskView of(TrackerTask task) {
        return new TaskView(task.id, task.title, task.description, task.status, task.priority, task.assigneeId,
                task.dueDate, task.projectId, task.createdAt, task.updatedAt);
    }
}
