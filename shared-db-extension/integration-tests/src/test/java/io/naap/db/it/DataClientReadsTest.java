package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.naap.db.data.DataClient;
import io.naap.db.data.Unscoped;
import io.naap.db.data.FilterParser;
import io.naap.db.data.FindArgs;
import io.naap.db.data.Filter;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.OrderBy;
import io.naap.db.data.Row;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskPriority;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The data API's reads on real PostgreSQL; each test's records are rolled back after it. */
@QuarkusTest
@TestTransaction
class DataClientReadsTest {

    @Inject
    @Unscoped
    DataClient db;

    @Inject
    ObjectMapper json;

    private final String team = "team-" + UUID.randomUUID();

    @Test
    void findManyFiltersOrdersAndPages() {
        TrackerProject project = project(team, "P");
        TrackerTask a = task(project, "a", TrackerTaskStatus.DONE, TrackerTaskPriority.LOW);
        TrackerTask b = task(project, "b", TrackerTaskStatus.DONE, TrackerTaskPriority.HIGH);
        task(project, "c", TrackerTaskStatus.TODO, TrackerTaskPriority.HIGH);
        TrackerTask d = task(project, "d", TrackerTaskStatus.DONE, TrackerTaskPriority.URGENT);
        FindArgs done = FindArgs.where(inTeam().and(Filter.eq("status", TrackerTaskStatus.DONE)))
                .orderBy(OrderBy.desc("priority"), OrderBy.asc("title"));

        assertThat(tasks().findMany(done)).containsExactly(d, b, a);
        assertThat(tasks().findMany(done.skip(1).take(1))).containsExactly(b);
        assertThat(tasks().findFirst(done)).contains(d);
        assertThat(tasks().count(done.where())).isEqualTo(3);
        assertThat(tasks().findMany(FindArgs.where(inTeam().and(Filter.eq("title", "zzz"))))).isEmpty();
    }

    @Test
    void aCursorStartsThePageAtItsRecordInTheGivenOrder() {
        TrackerProject project = project(team, "P");
        TrackerTask a = task(project, "a", TrackerTaskStatus.TODO, TrackerTaskPriority.LOW);
        TrackerTask b = task(project, "b", TrackerTaskStatus.TODO, TrackerTaskPriority.HIGH);
        TrackerTask c = task(project, "c", TrackerTaskStatus.TODO, TrackerTaskPriority.HIGH);
        TrackerTask d = task(project, "d", TrackerTaskStatus.TODO, TrackerTaskPriority.URGENT);
        FindArgs byPriority = FindArgs.where(inTeam()).orderBy(OrderBy.desc("priority"), OrderBy.asc("title"));

        assertThat(tasks().findMany(byPriority.cursor(b.id).take(2))).containsExactly(b, c);
        assertThat(tasks().findMany(byPriority.cursor(b.id).skip(1).take(2))).containsExactly(c, a);
        assertThat(tasks().findMany(byPriority.cursor(d.id))).containsExactly(d, b, c, a);
        assertThat(tasks().findMany(byPriority.cursor(a.id).skip(1))).isEmpty();
        assertThat(tasks().findMany(FindArgs.where(Filter.eq("title", "a")).cursor(b.id)))
                .as("a cursor outside the filter").isEmpty();
    }

    @Test
    void selectReadsOnlyTheNamedFieldsAndTheId() {
        TrackerProject project = project(team, "P");
        TrackerTask a = task(project, "a", TrackerTaskStatus.DONE, TrackerTaskPriority.LOW);

        List<Row> rows = tasks().findManyRows(FindArgs.where(inTeam()).select("title", "status"));
        List<Row> full = tasks().findManyRows(FindArgs.where(inTeam()));

        assertThat(rows).singleElement().isEqualTo(Map.of("id", a.id, "title", "a", "status", TrackerTaskStatus.DONE));
        assertThat(full).singleElement().satisfies(row -> assertThat(row)
                .containsKeys("id", "title", "status", "priority", "projectId", "createdAt", "updatedAt"));
        assertThatThrownBy(() -> tasks().findManyRows(FindArgs.all().select("project")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Invalid value for field select.project: is a relation, not a value"));
    }

    @Test
    void findUniqueSelectsByIdAndMayBeNarrowedToATeam() {
        TrackerTask task = task(project(team, "P"), "mine", TrackerTaskStatus.TODO, TrackerTaskPriority.LOW);
        Filter byId = Filter.eq("id", task.id);

        assertThat(tasks().findUnique(byId.and(inTeam()))).contains(task);
        assertThat(tasks().findUnique(byId.and(Filter.is("project", Filter.eq("teamId", "other"))))).isEmpty();
        assertThat(tasks().findUniqueOrThrow(byId)).isEqualTo(task);
        assertThatThrownBy(() -> tasks().findUniqueOrThrow(Filter.eq("id", UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("No TrackerTask found");
                });
        assertThatThrownBy(() -> tasks().findUnique(Filter.eq("title", "mine")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equality on the id");
    }

    @Test
    void relationFiltersSelectBySomeEveryAndNone() {
        TrackerProject allDone = project(team, "all done");
        task(allDone, "x", TrackerTaskStatus.DONE, TrackerTaskPriority.LOW);
        TrackerProject mixed = project(team, "mixed");
        task(mixed, "y", TrackerTaskStatus.DONE, TrackerTaskPriority.LOW);
        task(mixed, "z", TrackerTaskStatus.TODO, TrackerTaskPriority.LOW);
        TrackerProject empty = project(team, "empty");
        ModelDelegate<TrackerProject> projects = db.model(TrackerProject.class);
        Filter mine = Filter.eq("teamId", team);
        Filter done = Filter.eq("status", TrackerTaskStatus.DONE);

        assertThat(projects.findMany(FindArgs.where(mine.and(Filter.some("tasks", done))).orderBy(OrderBy.asc("name"))))
                .containsExactly(allDone, mixed);
        assertThat(projects.findMany(FindArgs.where(mine.and(Filter.every("tasks", done))).orderBy(OrderBy.asc("name"))))
                .containsExactly(allDone, empty);
        assertThat(projects.findMany(FindArgs.where(mine.and(Filter.none("tasks", done))))).containsExactly(empty);
    }

    @Test
    void textConditionsAreLiteralAndMayIgnoreCase() {
        TrackerProject project = project(team, "P");
        TrackerTask percent = task(project, "100% Done", TrackerTaskStatus.TODO, TrackerTaskPriority.LOW);
        task(project, "1000 done", TrackerTaskStatus.TODO, TrackerTaskPriority.LOW);
        TrackerTask quote = task(project, "it's '; DROP TABLE x; --", TrackerTaskStatus.TODO, TrackerTaskPriority.LOW);

        assertThat(tasks().findMany(FindArgs.where(inTeam().and(Filter.contains("title", "0% ")))))
                .containsExactly(percent);
        assertThat(tasks().findMany(FindArgs.where(inTeam().and(Filter.contains("title", "done")))))
                .extracting(t -> t.title).containsExactly("1000 done");
        assertThat(tasks().findMany(FindArgs.where(inTeam().and(Filter.contains("title", "DONE").insensitive()))
                .orderBy(OrderBy.asc("title")))).extracting(t -> t.title).containsExactly("100% Done", "1000 done");
        assertThat(tasks().findMany(FindArgs.where(inTeam().and(Filter.startsWith("title", "it's '; DROP")))))
                .containsExactly(quote);
    }

    @Test
    void aJsonWhereRunsEndToEnd() throws Exception {
        TrackerProject project = project(team, "P");
        TrackerTask urgent = task(project, "urgent", TrackerTaskStatus.IN_PROGRESS, TrackerTaskPriority.URGENT);
        task(project, "low", TrackerTaskStatus.IN_PROGRESS, TrackerTaskPriority.LOW);
        urgent.dueDate = Instant.parse("2025-01-01T00:00:00Z");

        Filter where = FilterParser.parse(tasks().model(), json.readTree("""
                {"project": {"teamId": "%s"}, "priority": {"in": ["HIGH", "URGENT"]},
                 "OR": [{"dueDate": {"lt": "2026-01-01T00:00:00Z"}}, {"dueDate": null}]}""".formatted(team)));

        assertThat(tasks().findMany(FindArgs.where(where))).containsExactly(urgent);
    }

    private Filter inTeam() {
        return Filter.is("project", Filter.eq("teamId", team));
    }

    private ModelDelegate<TrackerTask> tasks() {
        return db.model(TrackerTask.class);
    }

    private static TrackerProject project(String team, String name) {
        TrackerProject project = new TrackerProject();
        project.name = name;
        project.ownerId = "owner";
        project.teamId = team;
        project.persist();
        return project;
    }

    private static TrackerTask task(TrackerProject project, String title, TrackerTaskStatus status,
            TrackerTaskPriority priority) {
        TrackerTask task = new TrackerTask();
        task.title = title;
        task.status = status;
        task.priority = priority;
        task.project = project;
        task.projectId = project.id;
        task.persist();
        return task;
    }
}
