package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;

/** A service whose name is no plugin of PluginSchema (a typo) does not build, instead of answering 404 everywhere. */
class PluginNotInPluginSchemaFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleThePropertyAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .applicationProperties("quarkus.application.name=task-trackr\n")
                .build(), "NAAP-DB-013", "application.properties: quarkus.application.name",
                "add the plugin to io.naap.db.PluginSchema");
    }
}
