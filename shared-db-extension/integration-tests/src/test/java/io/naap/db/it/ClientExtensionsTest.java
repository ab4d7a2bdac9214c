package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.naap.db.data.Aggregations;
import io.naap.db.data.DataClient;
import io.naap.db.data.Unscoped;
import io.naap.db.data.Extension;
import io.naap.db.data.ExtensionException;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.ModelDelegate.Upserted;
import io.naap.db.data.ModelMethod;
import io.naap.db.data.Operation;
import io.naap.db.data.QueryArgs;
import io.naap.db.data.RecordEvent;
import io.naap.db.data.Row;
import io.naap.db.data.TransactionTimeoutException;
import io.naap.db.data.extensions.FindOrCreate;
import io.naap.db.data.extensions.InteractiveTransactions;
import io.naap.db.data.extensions.OnlyMatching;
import io.naap.db.data.extensions.SoftDelete;
import io.naap.db.data.extensions.TeamScoping;
import io.naap.db.data.extensions.Tx;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.model.platform.DeletedRecord;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerProjectStatus;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskStatus;
import io.quarkus.test.junit.QuarkusTest;

/** The examples of the client extensions proposal, in Java, on real PostgreSQL. */
@QuarkusTest
class ClientExtensionsTest {

    private static final ModelMethod<String, String> GREET = ModelMethod.named("greet");
    private static final ModelMethod<String, TrackerProject> START = ModelMethod.named("start");

    @Inject
    @Unscoped
    DataClient db;

    @Inject
    ObjectMapper json;

    @Inject
    RecordedEvents events;

    private final String team = "team-" + UUID.randomUUID();
    private final String otherTeam = "team-" + UUID.randomUUID();

    @Test
    void computedFieldsAreComputedOnAccessOnlyAndAbsentWhenTheirNeedsWereNotRead() throws Exception {
        AtomicInteger computations = new AtomicInteger();
        DataClient extended = db.extend(Extension.named("labels")
                .computed(TrackerProject.class, "label", List.of("name", "status"), p -> {
                    computations.incrementAndGet();
                    return p.get("name") + " (" + p.get("status") + ")";
                })
                .computedForAll("kind", List.of(), row -> "record")
                .build());
        project(team, "Apollo");
        ModelDelegate<TrackerProject> projects = extended.model(TrackerProject.class);

        Row full = projects.findManyRows(FindArgs.where(mine())).get(0);
        assertThat(computations).as("nothing computed before access").hasValue(0);
        assertThat(full.get("label")).isEqualTo("Apollo (ACTIVE)");
        assertThat(full.get("label")).isEqualTo("Apollo (ACTIVE)");
        assertThat(computations).as("computed once, on access").hasValue(1);
        assertThat(json.writeValueAsString(full)).contains("\"label\":\"Apollo (ACTIVE)\"", "\"kind\":\"record\"");

        Row onlyName = projects.findManyRows(FindArgs.where(mine()).select("name")).get(0);
        assertThat(onlyName).containsOnlyKeys("id", "name", "kind").doesNotContainKey("label");
        assertThat(json.writeValueAsString(onlyName)).doesNotContain("label");
        assertThat(computations).hasValue(1);
        assertThat(extended.model(TrackerTask.class).findManyRows(FindArgs.where(Filter.eq("id", "none"))))
                .isEmpty();
    }

    @Test
    void modelMethodsUseTheModelsOwnDelegateAndShippedOnesApplyToEveryModel() {
        DataClient extended = db.extend(TeamScoping.by(() -> team))
                .extend(Extension.named("sign-up")
                        .method(TrackerProject.class, START, (projects, name) -> {
                            TrackerProject project = new TrackerProject();
                            project.name = name;
                            project.ownerId = "owner";
                            return projects.create(project);
                        }).build())
                .extend(SoftDelete.EXTENSION)
                .extend(FindOrCreate.EXTENSION);
        ModelDelegate<TrackerProject> projects = extended.model(TrackerProject.class);

        TrackerProject started = projects.call(START, "Gemini");
        assertThat(started.teamId).isEqualTo(team);

        assertThat(projects.call(SoftDelete.SOFT_DELETE, started.id)).isTrue();
        assertThat(projects.call(SoftDelete.SOFT_DELETE, started.id)).as("already soft-deleted").isFalse();
        assertThat(db.model(DeletedRecord.class).count(Filter.eq("recordId", started.id)
                .and(Filter.eq("model", "TrackerProject")))).isEqualTo(1);
        assertThat(projects.count(Filter.eq("id", started.id))).as("the record stays").isEqualTo(1);
        TrackerProject theirs = project(otherTeam, "Theirs");
        assertThatThrownBy(() -> projects.call(SoftDelete.SOFT_DELETE, theirs.id))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

        String id = UUID.randomUUID().toString();
        FindOrCreate.Args args = new FindOrCreate.Args(Filter.eq("id", id), () -> {
            TrackerProject p = new TrackerProject();
            p.id = id;
            p.name = "found or created";
            p.ownerId = "owner";
            return p;
        });
        Upserted<Object> first = projects.call(FindOrCreate.FIND_OR_CREATE, args);
        Upserted<Object> second = projects.call(FindOrCreate.FIND_OR_CREATE, args);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(((TrackerProject) second.record()).teamId).isEqualTo(team);
    }

    @Test
    void aFindManyInterceptorAppliesToRowsToo() {
        project(team, "Active");
        TrackerProject archived = newProject(team, "Archived");
        archived.status = TrackerProjectStatus.ARCHIVED;
        db.model(TrackerProject.class).create(archived);
        ModelDelegate<TrackerProject> active = db.extend(Extension.named("active-only")
                .intercept(TrackerProject.class, Operation.FIND_MANY,
                        call -> call.proceed(call.narrowed(Filter.eq("status", TrackerProjectStatus.ACTIVE))))
                .build()).model(TrackerProject.class);

        assertThat(active.findMany(FindArgs.where(mine()))).extracting(p -> p.name).containsExactly("Active");
        assertThat(active.findManyRows(FindArgs.where(mine()).select("name"))).extracting(row -> row.get("name"))
                .containsExactly("Active");
    }

    @Test
    void interceptorsRunInTheDocumentedOrder() {
        List<String> calls = new ArrayList<>();
        Extension first = Extension.named("first")
                .intercept(TrackerProject.class, Operation.FIND_MANY, log(calls, "first: findMany"))
                .intercept(TrackerProject.class, log(calls, "first: all operations"))
                .interceptAll(log(calls, "first: all models"))
                .build();
        Extension second = Extension.named("second")
                .intercept(TrackerProject.class, Operation.FIND_MANY, log(calls, "second: findMany"))
                .interceptAll(log(calls, "second: all models"))
                .build();
        ModelDelegate<TrackerProject> projects = db.extend(first).extend(second).model(TrackerProject.class);

        projects.findMany(FindArgs.where(mine()));
        assertThat(calls).containsExactly("second: findMany", "first: findMany", "first: all operations",
                "second: all models", "first: all models");

        calls.clear();
        projects.count(mine());
        assertThat(calls).containsExactly("first: all operations", "second: all models", "first: all models");
    }

    @Test
    void interceptorsMayChangeArgumentsAndResultsAndSeeNestedReads() {
        TrackerProject project = project(team, "P");
        task(project, "open", TrackerTaskStatus.TODO);
        task(project, "done", TrackerTaskStatus.DONE);
        DataClient openTasks = db.extend(OnlyMatching.of(TrackerTask.class,
                Filter.ne("status", TrackerTaskStatus.DONE)));
        DataClient inflated = db.extend(Extension.named("inflate")
                .intercept(TrackerTask.class, Operation.COUNT, call -> (Long) call.proceed() + 100).build());
        Filter ofProject = Filter.eq("projectId", project.id);

        assertThat(openTasks.model(TrackerTask.class).findMany(FindArgs.where(ofProject)))
                .extracting(t -> t.title).containsExactly("open");
        assertThat(openTasks.model(TrackerTask.class).count(ofProject)).isEqualTo(1);
        assertThat(openTasks.model(TrackerTask.class).updateMany(ofProject, Map.of("title", "renamed"))).isEqualTo(1);
        assertThat(inflated.model(TrackerTask.class).count(ofProject)).isEqualTo(102);
        assertThat(db.model(TrackerTask.class).count(ofProject)).as("the base client is untouched").isEqualTo(2);

        Row withTasks = openTasks.model(TrackerProject.class)
                .findManyRows(FindArgs.where(Filter.eq("id", project.id)).include("tasks")).get(0);
        assertThat((List<?>) withTasks.get("tasks")).singleElement()
                .satisfies(t -> assertThat(((Map<?, ?>) t).get("title")).isEqualTo("renamed"));
        Row everyTask = db.model(TrackerProject.class)
                .findManyRows(FindArgs.where(Filter.eq("id", project.id)).include("tasks")).get(0);
        assertThat((List<?>) everyTask.get("tasks")).hasSize(2);
    }

    @Test
    void aNestedCountAppliesTheRelatedModelsDeclaredScopeButNotItsInterceptors() {
        TrackerProject project = project(team, "P");
        task(project, "open", TrackerTaskStatus.TODO);
        task(project, "done", TrackerTaskStatus.DONE);
        DataClient client = db.extend(OnlyMatching.of(TrackerTask.class, Filter.ne("status", TrackerTaskStatus.DONE)))
                .extend(Extension.named("inflate")
                        .intercept(TrackerTask.class, Operation.COUNT, call -> (Long) call.proceed() + 100).build());

        Row row = client.model(TrackerProject.class)
                .findManyRows(FindArgs.where(Filter.eq("id", project.id)).count("tasks")).get(0);

        assertThat(((Map<?, ?>) row.get("_count")).get("tasks")).as("the open task only, not inflated").isEqualTo(1L);
        assertThat(client.model(TrackerTask.class).count(Filter.eq("projectId", project.id))).isEqualTo(101);
    }

    @Test
    void teamScopingKeepsEveryOperationInsideTheTeam() {
        TrackerProject mine = project(team, "mine");
        TrackerProject theirs = project(otherTeam, "theirs");
        TrackerTask theirTask = task(theirs, "their task", TrackerTaskStatus.TODO);
        DataClient scoped = db.extend(TeamScoping.by(() -> team));
        ModelDelegate<TrackerProject> projects = scoped.model(TrackerProject.class);
        ModelDelegate<TrackerTask> tasks = scoped.model(TrackerTask.class);
        Filter both = Filter.in("id", List.of(mine.id, theirs.id));

        assertThat(projects.findMany(FindArgs.where(both))).extracting(p -> p.id).containsExactly(mine.id);
        assertThat(projects.count(both)).isEqualTo(1);
        assertThat(projects.aggregate(both, Aggregations.count())).containsEntry("_count", 1L);
        assertThat(projects.groupBy(List.of("teamId"), both, Aggregations.count(), List.of()))
                .extracting(row -> row.get("teamId")).containsExactly(team);
        assertThat(tasks.findUnique(Filter.eq("id", theirTask.id))).isEmpty();
        assertThat(projects.updateMany(both, Map.of("status", TrackerProjectStatus.ARCHIVED))).isEqualTo(1);
        assertNotFound(() -> projects.update(Filter.eq("id", theirs.id), p -> p.name = "hacked"));
        assertNotFound(() -> tasks.delete(Filter.eq("id", theirTask.id)));
        assertThat(tasks.deleteMany(Filter.eq("id", theirTask.id))).isZero();
        assertThatThrownBy(() -> projects.updateMany(both, Map.of("teamId", otherTeam)))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));

        TrackerProject planted = new TrackerProject();
        planted.name = "planted";
        planted.ownerId = "owner";
        planted.teamId = otherTeam;
        assertThat(projects.create(planted).teamId).as("created in the caller's team").isEqualTo(team);
        TrackerTask intoTheirs = new TrackerTask();
        intoTheirs.title = "planted task";
        intoTheirs.project = tasks.client().model(TrackerProject.class).reference(theirs.id);
        assertThatThrownBy(() -> tasks.create(intoTheirs)).as("a nested write to another team's project")
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("No TrackerProject found"));
        TrackerTask myTask = task(mine, "my task", TrackerTaskStatus.TODO);
        assertNotFound(() -> tasks.update(Filter.eq("id", myTask.id),
                t -> t.project = db.model(TrackerProject.class).reference(theirs.id)));

        assertThat(db.model(TrackerProject.class).findUniqueOrThrow(Filter.eq("id", theirs.id)).name)
                .isEqualTo("theirs");
        assertThat(db.model(TrackerTask.class).count(Filter.eq("projectId", theirs.id))).isEqualTo(1);
    }

    @Test
    void aClientMethodBeginsAnInteractiveTransaction() throws Exception {
        DataClient client = db.extend(InteractiveTransactions.EXTENSION);

        TrackerProject kept;
        try (Tx tx = client.call(InteractiveTransactions.BEGIN)) {
            kept = tx.model(TrackerProject.class).create(newProject(team, "kept"));
            assertThat(events.about(kept.id)).as("no event before the commit").isEmpty();
            tx.commit();
        }
        assertThat(events.about(kept.id)).extracting(RecordEvent::type).containsExactly(RecordEvent.CREATED);

        try (Tx tx = client.call(InteractiveTransactions.BEGIN)) {
            tx.model(TrackerProject.class).create(newProject(team, "rolled back"));
            tx.rollback();
        }
        try (Tx tx = client.call(InteractiveTransactions.BEGIN)) {
            tx.model(TrackerProject.class).create(newProject(team, "closed without a commit"));
        }
        Tx slow = client.call(InteractiveTransactions.BEGIN, Duration.ofSeconds(1));
        slow.model(TrackerProject.class).create(newProject(team, "too slow"));
        Thread.sleep(1_500);
        assertThatThrownBy(slow::commit).isInstanceOf(TransactionTimeoutException.class);

        assertThat(db.model(TrackerProject.class).findMany(FindArgs.where(mine())))
                .extracting(p -> p.name).containsExactly("kept");
    }

    @Test
    void forksAreIsolatedAndTheLastDefinitionWins() {
        project(team, "P");
        Extension english = Extension.named("english")
                .methodForAll(GREET, (self, name) -> "hello " + name)
                .computed(TrackerProject.class, "greeting", List.of("name"), p -> "hello " + p.get("name"))
                .build();
        Extension french = Extension.named("french")
                .method(TrackerProject.class, GREET, (self, name) -> "bonjour " + name)
                .computed(TrackerProject.class, "greeting", List.of("name"), p -> "bonjour " + p.get("name"))
                .build();
        DataClient a = db.extend(english);
        DataClient b = db.extend(french);
        DataClient ab = db.extend(english).extend(french);
        DataClient ba = db.extend(french).extend(english);

        assertThat(a.model(TrackerProject.class).call(GREET, "Ada")).isEqualTo("hello Ada");
        assertThat(b.model(TrackerProject.class).call(GREET, "Ada")).isEqualTo("bonjour Ada");
        assertThat(ab.model(TrackerProject.class).call(GREET, "Ada")).isEqualTo("bonjour Ada");
        assertThat(ba.model(TrackerProject.class).call(GREET, "Ada")).isEqualTo("hello Ada");
        assertThat(b.model(TrackerTask.class).hasMethod(GREET)).as("french greets projects only").isFalse();
        assertThat(ab.model(TrackerProject.class).findManyRows(FindArgs.where(mine())).get(0).get("greeting"))
                .isEqualTo("bonjour P");
        assertThat(a.model(TrackerProject.class).findManyRows(FindArgs.where(mine())).get(0).get("greeting"))
                .isEqualTo("hello P");
        assertThat(db.model(TrackerProject.class).findManyRows(FindArgs.where(mine())).get(0))
                .doesNotContainKey("greeting");
        assertThatThrownBy(() -> db.model(TrackerProject.class).call(GREET, "Ada"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TrackerProject.greet");
    }

    @Test
    void anInterceptorMatchesItsArgumentsByTheirRecordAndCannotSwapThemForAnotherOperations() {
        TrackerProject project = project(team, "P");
        TrackerTask task = task(project, "write docs", TrackerTaskStatus.TODO);
        DataClient shouting = db.extend(Extension.named("shouting")
                .intercept(TrackerTask.class, Operation.UPDATE, call -> call.args() instanceof QueryArgs.Update update
                        ? call.proceed(new QueryArgs.Update(update.where(), record -> {
                            update.changes().accept(record);
                            ((TrackerTask) record).title = ((TrackerTask) record).title.toUpperCase();
                        }))
                        : call.proceed())
                .build());
        DataClient confused = db.extend(Extension.named("confused")
                .intercept(TrackerTask.class, Operation.COUNT, call -> call.proceed(FindArgs.all()))
                .build());

        assertThat(shouting.model(TrackerTask.class).update(Filter.eq("id", task.id), t -> t.title = "ship it").title)
                .isEqualTo("SHIP IT");
        assertThatThrownBy(() -> confused.model(TrackerTask.class).count(Filter.all()))
                .isInstanceOf(ExtensionException.class)
                .hasMessage("Extension 'confused' failed in its query interceptor of TrackerTask.COUNT: "
                        + "COUNT of TrackerTask takes Where, not FindArgs");
    }

    @Test
    void aFailureInsideAnExtensionNamesItAndOneBelowItDoesNot() {
        project(team, "P");
        DataClient broken = db.extend(Extension.named("broken")
                .computed(TrackerProject.class, "boom", List.of("name"), p -> {
                    throw new IllegalStateException("no boom today");
                })
                .intercept(TrackerTask.class, Operation.COUNT, call -> {
                    throw new IllegalStateException("cannot count");
                })
                .interceptAll(QueryCallPassThrough.INSTANCE)
                .build());

        Row row = broken.model(TrackerProject.class).findManyRows(FindArgs.where(mine())).get(0);
        assertThatThrownBy(() -> row.get("boom")).isInstanceOfSatisfying(ExtensionException.class, e -> {
            assertThat(e.extension()).isEqualTo("broken");
            assertThat(e.getMessage()).isEqualTo("Extension 'broken' failed in its computed field boom: no boom today");
        });
        assertThatThrownBy(() -> broken.model(TrackerTask.class).count(Filter.all()))
                .isInstanceOf(ExtensionException.class)
                .hasMessage("Extension 'broken' failed in its query interceptor of TrackerTask.COUNT: cannot count");
        assertThatThrownBy(() -> broken.model(TrackerProject.class).findUnique(Filter.eq("name", "P")))
                .as("the query's own failure, not the interceptor's")
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> broken.model(TrackerProject.class).findUniqueOrThrow(Filter.eq("id", "none")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    /** An interceptor of every model that changes nothing. */
    private enum QueryCallPassThrough implements io.naap.db.data.QueryInterceptor {
        INSTANCE;

        @Override
        public Object intercept(io.naap.db.data.QueryCall call) {
            return call.proceed();
        }
    }

    private static io.naap.db.data.QueryInterceptor log(List<String> calls, String name) {
        return call -> {
            calls.add(name);
            return call.proceed();
        };
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    private Filter mine() {
        return Filter.eq("teamId", team);
    }

    private TrackerProject project(String owner, String name) {
        return db.model(TrackerProject.class).create(newProject(owner, name));
    }

    private static TrackerProject newProject(String owner, String name) {
        TrackerProject project = new TrackerProject();
        project.name = name;
        project.ownerId = "owner";
        project.teamId = owner;
        return project;
    }

    private TrackerTask task(TrackerProject project, String title, TrackerTaskStatus status) {
        TrackerTask task = new TrackerTask();
        task.title = title;
        task.status = status;
        task.project = project;
        return db.model(TrackerTask.class).create(task);
    }
}
