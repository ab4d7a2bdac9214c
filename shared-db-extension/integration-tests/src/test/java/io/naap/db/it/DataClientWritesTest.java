package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.naap.db.data.DataClient;
import io.naap.db.data.Unscoped;
import io.naap.db.data.Filter;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.ModelDelegate.Upserted;
import io.naap.db.data.RecordEvent;
import io.naap.db.data.TransactionTimeoutException;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerProjectStatus;
import io.naap.db.model.tracker.TrackerTask;
import io.quarkus.test.junit.QuarkusTest;

/** The data API's writes, events and transactions on real PostgreSQL, committed for real. */
@QuarkusTest
class DataClientWritesTest {

    @Inject
    @Unscoped
    DataClient db;

    @Inject
    RecordedEvents events;

    private final String team = "team-" + UUID.randomUUID();

    @Test
    void createReturnsTheRecordWithItsIdAndTimestampsAndTellsObserversAfterCommit() {
        TrackerProject created = projects().create(newProject("Apollo"));

        assertThat(created.id).hasSize(36);
        assertThat(created.createdAt).isNotNull().isEqualTo(created.updatedAt);
        assertThat(events.about(created.id)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(RecordEvent.CREATED);
            assertThat(event.model()).isEqualTo("TrackerProject");
            assertThat(event.createdAt()).isEqualTo(created.createdAt);
        });
    }

    @Test
    void aRolledBackTransactionKeepsNothingAndTellsNoObserver() {
        List<String> ids = new ArrayList<>();
        assertThatThrownBy(() -> db.transaction(() -> {
            ids.add(projects().create(newProject("first")).id);
            ids.add(projects().create(newProject("second")).id);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(ids).hasSize(2);
        assertThat(projects().count(mine())).isZero();
        ids.forEach(id -> assertThat(events.about(id)).isEmpty());
    }

    @Test
    void aTransactionReturnsItsValueAndTheListFormCommitsEveryOperation() {
        String id = db.transaction(() -> projects().create(newProject("tx")).id);
        List<Object> results = db.transaction(List.<Callable<?>> of(
                () -> projects().create(newProject("one")),
                () -> projects().count(mine())));

        assertThat(projects().findUnique(Filter.eq("id", id))).isPresent();
        assertThat(results).hasSize(2).last().isEqualTo(2L);
    }

    @Test
    void updateSetsANewUpdatedAtAndDeleteReturnsTheDeletedRecord() throws InterruptedException {
        TrackerProject project = projects().create(newProject("before"));
        Thread.sleep(5);

        TrackerProject updated = projects().update(Filter.eq("id", project.id), p -> p.name = "after");
        TrackerProject deleted = projects().delete(Filter.eq("id", project.id));

        assertThat(updated.name).isEqualTo("after");
        assertThat(updated.updatedAt).isAfter(project.createdAt);
        assertThat(deleted.name).isEqualTo("after");
        assertThat(projects().findUnique(Filter.eq("id", project.id))).isEmpty();
        assertThat(events.about(project.id)).extracting(RecordEvent::type)
                .containsExactly(RecordEvent.CREATED, RecordEvent.UPDATED, RecordEvent.DELETED);
        assertThatThrownBy(() -> projects().update(Filter.eq("id", project.id), p -> p.name = "x"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void bulkWritesReturnCounts() {
        List<TrackerProject> batch = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            batch.add(newProject("bulk " + i));
        }

        assertThat(projects().createMany(batch)).isEqualTo(250);
        assertThat(projects().updateMany(mine().and(Filter.startsWith("name", "bulk 1")),
                Map.of("status", TrackerProjectStatus.ARCHIVED))).isEqualTo(111);
        assertThat(projects().count(mine().and(Filter.eq("status", TrackerProjectStatus.ARCHIVED)))).isEqualTo(111);
        assertThat(projects().deleteMany(mine().and(Filter.eq("status", TrackerProjectStatus.ARCHIVED)))).isEqualTo(111);
        assertThat(projects().count(mine())).isEqualTo(139);
    }

    @Test
    void createManySkippingDuplicatesKeepsWhatIsStoredAndCountsOnlyNewRecords() {
        TrackerProject stored = projects().create(newProject("stored"));
        TrackerProject again = newProject("overwritten?");
        again.id = stored.id;
        TrackerProject fresh = newProject("fresh");
        fresh.id = UUID.randomUUID().toString();
        TrackerProject freshTwice = newProject("fresh twice");
        freshTwice.id = fresh.id;
        TrackerTask task = new TrackerTask();
        task.title = "a task of the stored project";
        task.project = stored;

        assertThat(projects().createMany(List.of(again, fresh, freshTwice), true)).isEqualTo(1);
        assertThat(db.model(TrackerTask.class).createMany(List.of(task), true)).isEqualTo(1);

        assertThat(projects().findUniqueOrThrow(Filter.eq("id", stored.id)).name).isEqualTo("stored");
        assertThat(projects().findUniqueOrThrow(Filter.eq("id", fresh.id)).name).isEqualTo("fresh");
        assertThat(db.model(TrackerTask.class).count(Filter.eq("projectId", stored.id))).isEqualTo(1);
        assertThatThrownBy(() -> projects().createMany(List.of(copyOf(stored)), false))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNIQUE_CONSTRAINT_VIOLATION));
    }

    @Test
    void concurrentBulkWritesNeitherLoseNorDoubleCountRecords() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        int clients = 6;

        List<Number> created = concurrently(clients, () -> projects().createMany(ids.stream().map(id -> {
            TrackerProject p = newProject("bulk");
            p.id = id;
            return p;
        }).toList(), true));
        assertThat(created.stream().mapToLong(Number::longValue).sum()).isEqualTo(50);
        assertThat(projects().count(mine())).isEqualTo(50);

        List<Number> updated = concurrently(clients, () -> projects().updateMany(mine(),
                Map.of("status", TrackerProjectStatus.ARCHIVED)));
        assertThat(updated).allSatisfy(count -> assertThat(count.longValue()).isEqualTo(50));

        List<Number> deleted = concurrently(clients, () -> projects().deleteMany(mine()));
        assertThat(deleted.stream().mapToLong(Number::longValue).sum()).isEqualTo(50);
        assertThat(projects().count(mine())).isZero();
    }

    /** Runs {@code work} from {@code clients} threads released at once; their results. */
    private static List<Number> concurrently(int clients, Callable<? extends Number> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<? extends Number>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        List<Number> results = new ArrayList<>();
        for (Future<? extends Number> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    private TrackerProject copyOf(TrackerProject project) {
        TrackerProject copy = newProject(project.name);
        copy.id = project.id;
        return copy;
    }

    @Test
    void serverOwnedFieldsCannotBeBulkSet() {
        assertThatThrownBy(() -> projects().updateMany(mine(), Map.of("createdAt", java.time.Instant.EPOCH)))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.getMessage()).isEqualTo("Invalid value for field createdAt: cannot be set");
                });
    }

    @Test
    void aForeignKeyViolationIsTyped() {
        String missingProject = UUID.randomUUID().toString();

        assertThatThrownBy(() -> db.transaction(() -> {
            TrackerTask task = new TrackerTask();
            task.title = "orphan";
            task.project = TrackerProject.getEntityManager().getReference(TrackerProject.class, missingProject);
            return db.model(TrackerTask.class).create(task);
        })).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FOREIGN_KEY_VIOLATION);
            assertThat(e.getMessage()).isEqualTo("Foreign key constraint failed on relation: TrackerTask_projectId_fkey");
        });
    }

    @Test
    void aDuplicateIdIsAUniqueConstraintViolation() {
        TrackerProject first = projects().create(newProject("first"));
        TrackerProject copy = newProject("copy");
        copy.id = first.id;

        assertThatThrownBy(() -> projects().create(copy)).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNIQUE_CONSTRAINT_VIOLATION);
            assertThat(e.getMessage()).isEqualTo("Unique constraint failed on fields: id");
        });
    }

    @Test
    void upsertCreatesThenUpdatesAndSaysWhich() {
        String id = UUID.randomUUID().toString();

        Upserted<TrackerProject> first = upsert(id, "v1");
        Upserted<TrackerProject> second = upsert(id, "v2");

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(projects().findUniqueOrThrow(Filter.eq("id", id)).name).isEqualTo("v2");
        assertThat(events.about(id)).extracting(RecordEvent::created).containsExactly(true, false);
    }

    @Test
    void concurrentUpsertsOfOneKeyLeaveExactlyOneRecord() throws Exception {
        String id = UUID.randomUUID().toString();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Upserted<TrackerProject>>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String name = "client " + i;
            results.add(pool.submit(() -> {
                start.await();
                return upsert(id, name);
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Upserted<TrackerProject>> result : results) {
            created += result.get().created() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(projects().count(Filter.eq("id", id))).isEqualTo(1);
    }

    @Test
    void aTransactionPastItsTimeoutIsRolledBack() {
        assertThatThrownBy(() -> db.transaction(Duration.ofSeconds(1), () -> {
            projects().create(newProject("slow"));
            TrackerProject.getEntityManager().createNativeQuery("SELECT pg_sleep(1.5)").getSingleResult();
            return projects().create(newProject("after the timeout"));
        })).isInstanceOfSatisfying(TransactionTimeoutException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(e.getMessage()).contains("1 s timeout and was rolled back");
        });
        assertThat(projects().count(mine())).isZero();
    }

    private Upserted<TrackerProject> upsert(String id, String name) {
        return db.transaction(() -> projects().upsert(Filter.eq("id", id), () -> {
            TrackerProject p = newProject(name);
            p.id = id;
            return p;
        }, p -> p.name = name));
    }

    private Filter mine() {
        return Filter.eq("teamId", team);
    }

    private ModelDelegate<TrackerProject> projects() {
        return db.model(TrackerProject.class);
    }

    private TrackerProject newProject(String name) {
        TrackerProject project = new TrackerProject();
        project.name = name;
        project.ownerId = "owner";
        project.teamId = team;
        return project;
    }
}
