package io.naap.tracker;

import java.time.Instant;

import io.naap.db.data.ModelDelegate;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A task as the API returns it: the fields of the {@code TrackerTask} model, and whether it is overdue. */
@RegisterForReflection
public record TaskView(String id, String title, String description, TrackerTaskStatus status,
        TrackerTaskPriority priority, String assigneeId, Instant dueDate, String projectId, Instant createdAt,
        Instant updatedAt, boolean overdue) {

    /** The task's fields and its {@code overdue} field, computed by the tracker's extension of {@code tasks}. */
    static TaskView of(TrackerTask task, ModelDelegate<TrackerTask> tasks) {
        return new TaskView(task.id, task.title, task.description, task.status, task.priority, task.assigneeId,
                task.dueDate, task.projectId, task.createdAt, task.updatedAt,
                Boolean.TRUE.equals(tasks.computed(task, "overdue")));
    }
}
