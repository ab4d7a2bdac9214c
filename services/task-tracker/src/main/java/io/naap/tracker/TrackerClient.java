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
import io.naap.db.model.tracker.TrackerProject_;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.naap.db.model.tracker.TrackerTask_;
import io.naap.tracker.ProjectViews.ProjectSummary;

/**
 * The tracker's client extension (a task's {@code overdue} field, a project list with its counts), a CDI bean so the
 * injected {@code DataClient} of the routes and of the REST projection applies it.
 */
final class TrackerClient {

    /** The client's projects, newest first, each with its task and done counts: one statement. */
    static final ModelMethod<Void, List<ProjectSummary>> SUMMARIES = ModelMethod.named("summaries");

    static final Extension EXTENSION = Extension.named("task-tracker")
            .computed(TrackerTask.class, "overdue", List.of(TrackerTask_.DUE_DATE, TrackerTask_.STATUS), task ->
                    task.get(TrackerTask_.DUE_DATE) instanceof Instant due && due.isBefore(Instant.now())
                            && task.get(TrackerTask_.STATUS) != TrackerTaskStatus.DONE)
            .method(TrackerProject.class, SUMMARIES, (projects, none) -> projects.findManyRows(FindArgs.all()
                    .orderBy(OrderBy.desc(TrackerProject_.CREATED_AT), OrderBy.asc(TrackerProject_.ID))
                    .count("taskCount", TrackerProject_.TASKS, Filter.all())
                    .count("doneCount", TrackerProject_.TASKS, Filter.eq(TrackerTask_.STATUS, TrackerTaskStatus.DONE)))
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
