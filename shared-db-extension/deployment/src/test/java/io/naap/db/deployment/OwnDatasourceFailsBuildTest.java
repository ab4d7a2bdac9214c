package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service that configures a datasource beside the shared one. */
class OwnDatasourceFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .applicationProperties("quarkus.datasource.jdbc.url=jdbc:postgresql://localhost/own\\n")
                .build(), "NAAP-DB-006", "application.properties: quarkus.datasource.jdbc.url", "the shared-db extension provides the one datasource");
    }
}
