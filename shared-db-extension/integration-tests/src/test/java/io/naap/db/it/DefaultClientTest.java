package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.naap.db.data.DataClient;
import io.naap.db.data.FindArgs;
import io.naap.db.data.Unscoped;
import io.naap.db.model.platform.Session;
import io.naap.db.model.tracker.TrackerProject;
import io.quarkus.test.junit.QuarkusTest;

/** The injected DataClient is the caller's: a route that forgets scoping still sees only its team's records. */
@QuarkusTest
class DefaultClientTest {

    @Inject
    DataClient db;

    @Inject
    @Unscoped
    DataClient everything;

    @Test
    void aRouteThatInjectsTheDataClientSeesOnlyItsCallersTeam() {
        TeamCaller first = new TeamCaller();
        TeamCaller second = new TeamCaller();
        String firsts = first.createProject("First's");
        String seconds = second.createProject("Second's");

        List<String> seenByFirst = first.request().get(DefaultClientProbeResource.PROJECT_IDS)
                .then().statusCode(200).extract().jsonPath().getList("", String.class);
        List<String> seenBySecond = second.request().get(DefaultClientProbeResource.PROJECT_IDS)
                .then().statusCode(200).extract().jsonPath().getList("", String.class);

        assertThat(seenByFirst).containsExactly(firsts);
        assertThat(seenBySecond).containsExactly(seconds);
        assertThat(everything.model(TrackerProject.class).findMany(FindArgs.all()))
                .extracting(project -> project.id).contains(firsts, seconds);
    }

    @Test
    void outsideARequestTheDefaultClientRefusesTeamOwnedModelsAndNamesTheUnscopedOne() {
        assertThatThrownBy(() -> db.model(TrackerProject.class).findMany(FindArgs.all()))
                .hasMessageContaining("there is none here: a platform job injects the @Unscoped DataClient");
    }

    @Test
    void aModelThatDeclaresNoOwnershipIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> db.model(Session.class).count(io.naap.db.data.Filter.all()))
                .hasMessageContaining(Session.class.getName() + " declares no ownership");
        assertThat(everything.model(Session.class).count(io.naap.db.data.Filter.all())).isNotNegative();
    }
}
