package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service entity mapped to the table of the shared TrackerProject. */
class TwoEntitiesOnOneTableFailBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.TrackerProjectView.class)
                .build(), "NAAP-DB-005",
                Fixtures.TrackerProjectView.class.getName() + ", io.naap.db.model.tracker.TrackerProject", "keep one entity per table");
    }
}
