package io.naap.tracker;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.naap.db.data.Extension;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelMethod;
import io.naap.db.data.OrderBy;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.naap.tracker.ProjectViews.ProjectSummary;

/**
 * The tracker's client extension (a task's {@code overdue} field, a project list with its counts), a CDI bean so the
 * injected {@code DataClient} of the routes and of the REST projection applies it.
 */
final class TrackerClient {

    /** The client's projects, newest first, each with its task and done counts: one statement. */
    static final ModelMethod<Void, List<ProjectSummary>> SUMMARIES = ModelMethod.named("summaries");

    static final Extension EXTENSION = Extension.named("task-tracker")
            .computed(TrackerTask.class, "overdue", List.of("dueDate", "status"), task ->
                    task.get("dueDate") instanceof Instant due && due.isBefore(Instant.now())
                            && task.get("status") != TrackerTaskStatus.DONE)
            .method(TrackerProject.class, SUMMARIES, (projects, none) -> projects.findManyRows(FindArgs.all()
                    .orderBy(OrderBy.desc("createdAt"), OrderBy.asc("id"))
                    .count("taskCount", "tasks", Filter.all())
                    .count("doneCount", "tasks", Filter.eq("status", TrackerTaskStatus.DONE)))
                    .stream().map(ProjectSummary::of).toList())
            .build();

    private TrackerClient() {
    }

    /** The tracker's extension as a CDI bean: every injected client applies it (tasks carry {@code overdue}). */
    @Produces
    @Singleton
    static Extension trackerExtension() {
        return EXTENSION;
    }
}
