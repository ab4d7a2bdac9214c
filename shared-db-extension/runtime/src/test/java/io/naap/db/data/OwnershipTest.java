package io.naap.db.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import io.naap.db.data.extensions.OwnerScoping;
import io.naap.db.data.extensions.TeamScoping;
import io.naap.db.data.ownership.Ownership;
import io.naap.db.data.ownership.TeamOwned;
import io.naap.db.data.ownership.UserOwned;
import io.naap.db.error.PlatformException;
import io.naap.db.model.capacity.CapacityRequest;
import io.naap.db.model.platform.Session;
import io.naap.db.model.support.UuidModel;
import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;

/** What the models declare about their owners, and what the scoping extensions make of it, query by query. */
class OwnershipTest {

    /** A private model: only its owner reads or changes it. */
    @Entity
    @UserOwned(field = "userId")
    static class Note extends UuidModel {
        public String userId;
        public String text;
    }

    /** A public board: everyone reads, only the owner changes. */
    @Entity
    @UserOwned(field = "userId", readableByAll = true)
    static class Pin extends UuidModel {
        public String userId;
    }

    @Entity
    @TeamOwned(field = "team")
    static class Misdeclared extends UuidModel {
        public String teamId;
    }

    @Test
    void theSharedModelsDeclareTheirOwnersAndTheDeclarationsAreRead() {
        Ownership project = Ownership.of(ModelSpec.of(TrackerProject.class));
        Ownership task = Ownership.of(ModelSpec.of(TrackerTask.class));

        assertThat(project.kind()).isEqualTo(Ownership.Kind.TEAM);
        assertThat(project.callerFields()).containsExactly("ownerId", "teamId");
        assertThat(project.teamFilter("t1")).contains(Filter.eq("teamId", "t1"));
        assertThat(task.teamFilter("t1")).contains(Filter.is("project", Filter.eq("teamId", "t1")));
        assertThat(task.callerFields()).isEmpty();
        assertThat(Ownership.of(ModelSpec.of(CapacityRequest.class)).kind()).isEqualTo(Ownership.Kind.NONE);
        assertThat(Ownership.of(ModelSpec.of(Session.class)).kind()).isEqualTo(Ownership.Kind.UNDECLARED);
        assertThatThrownBy(() -> Ownership.of(ModelSpec.of(Misdeclared.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"team\"");
    }

    @Test
    void aPrivateModelIsReadCreatedUpdatedAndDeletedOnlyAsItsOwner() {
        Chain notes = new Chain(Note.class, OwnerScoping.by(() -> "me"));

        assertThat(notes.run(Operation.FIND_MANY, FindArgs.all())).isEqualTo(FindArgs.all().and(Filter.eq("userId", "me")));
        assertThat(notes.run(Operation.DELETE_MANY, where(Filter.all())))
                .isEqualTo(where(Filter.all().and(Filter.eq("userId", "me"))));
        assertThat(notes.run(Operation.CREATE, new QueryArgs.Create(new Note()))).isInstanceOfSatisfying(
                QueryArgs.Create.class, create -> assertThat(((Note) create.record()).userId).isEqualTo("me"));

        Note stored = new Note();
        stored.userId = "me";
        assertThat(notes.run(Operation.UPDATE, new QueryArgs.Update(Filter.eq("id", "n1"),
                note -> ((Note) note).userId = "someone else"))).isInstanceOfSatisfying(QueryArgs.Update.class, update -> {
                    assertThat(update.where()).isEqualTo(Filter.eq("id", "n1").and(Filter.eq("userId", "me")));
                    update.changes().accept(stored);
                });
        assertThat(stored.userId).as("an update never hands the record over").isEqualTo("me");
        assertThatThrownBy(() -> notes.run(Operation.UPDATE_MANY,
                new QueryArgs.UpdateMany(Filter.all(), Map.of("userId", "someone else"))))
                .isInstanceOf(PlatformException.class);
    }

    @Test
    void aModelReadableByAllIsReadUnnarrowedAndWrittenOnlyByItsOwner() {
        Chain pins = new Chain(Pin.class, OwnerScoping.by(() -> "me"));

        assertThat(pins.run(Operation.FIND_MANY, FindArgs.all())).isEqualTo(FindArgs.all());
        assertThat(pins.run(Operation.COUNT, where(Filter.all()))).isEqualTo(where(Filter.all()));
        assertThat(pins.run(Operation.DELETE, where(Filter.eq("id", "p1"))))
                .isEqualTo(where(Filter.eq("id", "p1").and(Filter.eq("userId", "me"))));
    }

    @Test
    void aTeamsRecordIsStampedWithItsCreatorAndUpdatedWithoutAskingForAUser() {
        Supplier<String> noUser = () -> {
            throw PlatformException.unauthorized("no user");
        };
        Chain projects = new Chain(TrackerProject.class, OwnerScoping.by(noUser));
        projects.run(Operation.UPDATE, new QueryArgs.Update(Filter.eq("id", "p1"), project -> { }));
        projects.run(Operation.FIND_MANY, FindArgs.all());
        assertThatThrownBy(() -> projects.run(Operation.CREATE, new QueryArgs.Create(new TrackerProject())))
                .isInstanceOf(PlatformException.class);

        Chain teamProjects = new Chain(TrackerProject.class, TeamScoping.by(() -> "t1"));
        assertThat(teamProjects.run(Operation.CREATE, new QueryArgs.Create(new TrackerProject())))
                .isInstanceOfSatisfying(QueryArgs.Create.class,
                        create -> assertThat(((TrackerProject) create.record()).teamId).isEqualTo("t1"));
        assertThat(teamProjects.run(Operation.COUNT, where(Filter.all())))
                .isEqualTo(where(Filter.all().and(Filter.eq("teamId", "t1"))));
    }

    @Test
    void theTeamScopingRefusesAModelThatDeclaresNoOwnershipWithoutAskingForATeam() {
        Chain sessions = new Chain(Session.class, TeamScoping.by(() -> {
            throw new AssertionError("asked for a team");
        }));

        assertThatThrownBy(() -> sessions.run(Operation.COUNT, where(Filter.all())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declares no ownership");
        assertThat(new Chain(CapacityRequest.class, TeamScoping.by(() -> {
            throw new AssertionError("asked for a team");
        })).run(Operation.COUNT, where(Filter.all()))).isEqualTo(where(Filter.all()));
    }

    private static QueryArgs.Where where(Filter filter) {
        return new QueryArgs.Where(filter);
    }

    @Test
    void nestedReadsSeeTheScopesTheExtensionsDeclareWithoutRunningTheirInterceptors() {
        Extensions scoping = Extensions.NONE.plus(TeamScoping.by(() -> "t1")).plus(OwnerScoping.by(() -> "me"));
        ModelSpec task = ModelSpec.of(TrackerTask.class);
        ModelSpec note = ModelSpec.of(Note.class);
        ModelSpec pin = ModelSpec.of(Pin.class);

        assertThat(Extensions.scoped(scoping.of(TrackerTask.class), task, Filter.eq("id", "t")))
                .isEqualTo(Filter.eq("id", "t").and(Filter.is("project", Filter.eq("teamId", "t1"))));
        assertThat(Extensions.scoped(scoping.of(Note.class), note, Filter.all())).isEqualTo(Filter.eq("userId", "me"));
        assertThat(Extensions.scoped(scoping.of(Pin.class), pin, Filter.all())).as("readable by all")
                .isEqualTo(Filter.all());
        assertThat(new Chain(TrackerTask.class, TeamScoping.by(() -> "t1")).run(Operation.COUNT, where(Filter.all())))
                .as("the chain narrows a query of the model by the same scope")
                .isEqualTo(where(Extensions.scoped(scoping.of(TrackerTask.class), task, Filter.all())));
    }

    /** One extension's chain over a model, scopes included; the end of the chain returns the arguments it was given. */
    private record Chain(Class<?> model, Extension extension) {
        Object run(Operation operation, OperationArgs args) {
            ModelSpec spec = ModelSpec.of(model);
            List<Extensions.Named<Extension.Interceptor>> chain = Extensions.NONE.plus(extension).of(model)
                    .chain(operation);
            Function<OperationArgs, Object> next = changed -> changed;
            for (int i = chain.size() - 1; i >= 0; i--) {
                QueryInterceptor interceptor = chain.get(i).part().interceptor();
                Function<OperationArgs, Object> rest = next;
                next = a -> interceptor.intercept(new QueryCall(spec, operation, a, rest));
            }
            return next.apply(args);
        }
    }
}
