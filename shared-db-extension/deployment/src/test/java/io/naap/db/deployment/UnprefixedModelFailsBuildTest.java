package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A tracker model whose name lacks the Tracker prefix. */
class UnprefixedModelFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.Milestone.class)
                .build(), "NAAP-DB-004", Fixtures.Milestone.class.getName(), "rename the model to TrackerMilestone");
    }
}
