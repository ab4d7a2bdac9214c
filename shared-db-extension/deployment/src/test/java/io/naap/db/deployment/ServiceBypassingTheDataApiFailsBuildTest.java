package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service that calls TrackerProject.listAll(): the build fails, naming the class and the fix. */
class ServiceBypassingTheDataApiFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.PanacheLister.class)
                .build(), "NAAP-DB-011", Fixtures.PanacheLister.class.getName(), "through the injected DataClient");
    }
}
