package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** An entity in a schema outside io.naap.db.PluginSchema. */
class EntityInUnknownSchemaFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.TrackerLegacy.class)
                .build(), "NAAP-DB-002", Fixtures.TrackerLegacy.class.getName(), "add the plugin's schema to io.naap.db.PluginSchema");
    }
}
