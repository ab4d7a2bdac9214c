package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** An enum whose PostgreSQL type lives in another schema than its model. */
class EnumOutsideItsModelsSchemaFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.TrackerLabel.class, Fixtures.Color.class, Fixtures.Mood.class, Fixtures.Size.class)
                .build(), "NAAP-DB-003", Fixtures.TrackerLabel.class.getName() + ".mood", "@EnumSchema(\"plugin_tracker\")");
    }
}
