package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.naap.db.data.DataClient;
import io.naap.db.data.Unscoped;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.OrderBy;
import io.naap.db.data.Row;
import io.naap.db.error.PlatformException;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** {@code include} loads relations with one statement per relation, whatever the number of records: no N+1. */
@QuarkusTest
@TestTransaction
class DataClientIncludeTest {

    @Inject
    @Unscoped
    DataClient db;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void includingTasksOfThreeOrThirtyProjectsTakesTheSameTwoStatements() {
        assertThat(statementsToReadEveryTask(3, 4)).isEqualTo(2);
        assertThat(statementsToReadEveryTask(30, 25)).isEqualTo(2);
    }

    @Test
    void includingEachTasksProjectTakesTwoStatements() {
        String team = seed(10, 3);
        long before = statements();
        List<TrackerTask> tasks = db.model(TrackerTask.class).findMany(
                FindArgs.where(Filter.is("project", Filter.eq("teamId", team))).include("project"));
        tasks.forEach(t -> assertThat(t.project.teamId).isEqualTo(team));

        assertThat(tasks).hasSize(30);
        assertThat(statements() - before).isEqualTo(2);
    }

    @Test
    void relationCountsAreReadInTheSameStatementAsTheRecords() {
        String team = seed(12, 3);
        TrackerTask done = db.model(TrackerTask.class).findFirstOrThrow(
                FindArgs.where(Filter.is("project", Filter.eq("teamId", team))));
        done.status = TrackerTaskStatus.DONE;
        em.flush();
        em.clear();
        long before = statements();

        List<Row> rows = db.model(TrackerProject.class).findManyRows(FindArgs.where(Filter.eq("teamId", team))
                .count("tasks").count("doneCount", "tasks", Filter.eq("status", TrackerTaskStatus.DONE)));

        assertThat(statements() - before).isEqualTo(1);
        assertThat(rows).hasSize(12).allSatisfy(row -> assertThat(row.get("_count"))
                .isInstanceOfSatisfying(Map.class, counts -> assertThat(counts.get("tasks")).isEqualTo(3L)));
        assertThat(rows.stream().mapToLong(row -> (Long) ((Map<?, ?>) row.get("_count")).get("doneCount")).sum())
                .isEqualTo(1);
        assertThatThrownBy(() -> db.model(TrackerTask.class).findManyRows(FindArgs.all().count("project")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Invalid value for field _count.project: is not a to-many relation of TrackerTask"));
    }

    @Test
    void withoutIncludeReadingEveryProjectsTasksWouldCostMore() {
        String team = seed(30, 2);
        long before = statements();
        db.model(TrackerProject.class).findMany(FindArgs.where(Filter.eq("teamId", team)))
                .forEach(p -> p.tasks.size());

        assertThat(statements() - before).isGreaterThan(2);
    }

    private long statementsToReadEveryTask(int projects, int tasksEach) {
        String team = seed(projects, tasksEach);
        long before = statements();
        List<TrackerProject> found = db.model(TrackerProject.class).findMany(
                FindArgs.where(Filter.eq("teamId", team)).orderBy(OrderBy.asc("name")).include("tasks"));
        int tasks = found.stream().mapToInt(p -> p.tasks.size()).sum();

        assertThat(found).hasSize(projects);
        assertThat(tasks).isEqualTo(projects * tasksEach);
        return statements() - before;
    }

    /** Projects with tasks, flushed and detached, so nothing is read from the session's cache. */
    private String seed(int projects, int tasksEach) {
        String team = "team-" + UUID.randomUUID();
        for (int p = 0; p < projects; p++) {
            TrackerProject project = new TrackerProject();
            project.name = "P" + p;
            project.ownerId = "owner";
            project.teamId = team;
            em.persist(project);
            for (int t = 0; t < tasksEach; t++) {
                TrackerTask task = new TrackerTask();
                task.title = "T" + t;
                task.project = project;
                em.persist(task);
            }
        }
        em.flush();
        em.clear();
        return team;
    }

    private long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
