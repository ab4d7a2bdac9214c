package io.naap.bench.baseline;

import java.util.List;

import jakarta.persistence.EntityManager;

import io.naap.db.error.PlatformException;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;

/**
 * What the data API's statements are measured against: the same reads and writes through plain Panache and the
 * {@code EntityManager}, each scoped to a team by hand as the data API does it for the caller.
 */
public final class OrmBaseline {

    private OrmBaseline() {
    }

    /** The project {@code id} of {@code team}, or NOT_FOUND. */
    public static TrackerProject project(String team, String id) {
        return TrackerProject.<TrackerProject>find("id = ?1 and teamId = ?2", id, team).firstResultOptional()
                .orElseThrow(() -> PlatformException.notFound("TrackerProject"));
    }

    /** The tasks of project {@code project} of {@code team}, most urgent and newest first. */
    public static List<TrackerTask> tasks(String team, String project) {
        return TrackerTask.list("projectId = ?1 and project.teamId = ?2 order by priority desc, createdAt desc",
                project, team);
    }

    /** Project {@code id} as a reference to connect a task to, without reading it. */
    public static TrackerProject reference(EntityManager em, String id) {
        return em.getReference(TrackerProject.class, id);
    }

    /**
     * Inserts {@code task}, connected to project {@code projectId} ({@link #reference}), once that project is found
     * to be {@code team}'s (one {@code select 1}), flushed so that the INSERT is sent within the caller's transaction.
     * (A model's fields are set by the service's code: Panache turns them into accessors in the service only.)
     */
    public static TrackerTask create(EntityManager em, String team, String projectId, TrackerTask task) {
        boolean visible = !em.createQuery("select 1 from TrackerProject p where p.id = :id and p.teamId = :team",
                Integer.class).setParameter("id", projectId).setParameter("team", team).setMaxResults(1)
                .getResultList().isEmpty();
        if (!visible) {
            throw PlatformException.notFound("TrackerProject");
        }
        em.persist(task);
        em.flush();
        return task;
    }
}
