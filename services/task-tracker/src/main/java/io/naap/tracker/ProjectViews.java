package io.naap.tracker;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.naap.db.data.ModelDelegate;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerProjectStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A project as the API returns it: alone, in the team's list with its counts, or with its tasks. */
final class ProjectViews {

    private ProjectViews() {
    }

    @RegisterForReflection
    record ProjectView(String id, String name, String description, TrackerProjectStatus status, String ownerId,
            String teamId, Instant createdAt, Instant updatedAt) {

        static ProjectView of(TrackerProject p) {
            return new ProjectView(p.id, p.name, p.description, p.status, p.ownerId, p.teamId, p.createdAt, p.updatedAt);
        }
    }

    @RegisterForReflection
    record ProjectSummary(String id, String name, String description, TrackerProjectStatus status, String ownerId,
            String teamId, Instant createdAt, Instant updatedAt, long taskCount, long doneCount) {

        /** From a project row with its {@code _count} of {@code taskCount} and {@code doneCount}. */
        static ProjectSummary of(Map<String, Object> row) {
            Map<?, ?> counts = (Map<?, ?>) row.get("_count");
            return new ProjectSummary((String) row.get("id"), (String) row.get("name"), (String) row.get("description"),
                    (TrackerProjectStatus) row.get("status"), (String) row.get("ownerId"), (String) row.get("teamId"),
                    (Instant) row.get("createdAt"), (Instant) row.get("updatedAt"), (Long) counts.get("taskCount"),
                    (Long) counts.get("doneCount"));
        }
    }

    @RegisterForReflection
    record ProjectDetail(String id, String name, String description, TrackerProjectStatus status, String ownerId,
            String teamId, Instant createdAt, Instant updatedAt, List<TaskView> tasks) {

        static ProjectDetail of(TrackerProject p, ModelDelegate<TrackerTask> tasks) {
            return new ProjectDetail(p.id, p.name, p.description, p.status, p.ownerId, p.teamId, p.createdAt,
                    p.updatedAt, p.tasks.stream().map(task -> TaskView.of(task, tasks)).toList());
        }
    }
}
