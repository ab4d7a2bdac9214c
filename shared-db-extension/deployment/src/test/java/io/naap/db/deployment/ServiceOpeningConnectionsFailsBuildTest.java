package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service that opens connections with DriverManager. */
class ServiceOpeningConnectionsFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.RawJdbc.class)
                .build(), "NAAP-DB-009", Fixtures.RawJdbc.class.getName(), "use the shared connection");
    }
}
