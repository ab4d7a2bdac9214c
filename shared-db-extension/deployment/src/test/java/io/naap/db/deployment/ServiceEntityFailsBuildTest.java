package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service that declares an entity of its own, even a well-formed one. */
class ServiceEntityFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.TrackerComment.class)
                .build(), "NAAP-DB-007", Fixtures.TrackerComment.class.getName(), "move it to shared-db-extension/runtime");
    }
}
