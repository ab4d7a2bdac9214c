package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** An entity that declares no schema. */
class EntityWithoutSchemaFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.TrackerNote.class)
                .build(), "NAAP-DB-001", Fixtures.TrackerNote.class.getName(), "@Table(schema = \"plugin_<name>\"");
    }
}
