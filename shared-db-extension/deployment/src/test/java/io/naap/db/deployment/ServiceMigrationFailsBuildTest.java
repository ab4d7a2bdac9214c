package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service that ships a migration of its own. */
class ServiceMigrationFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addResource("db/migration/V1__own.sql", "CREATE TABLE own (id text PRIMARY KEY);")
                .build(), "NAAP-DB-008", "db/migration/V1__own.sql", "move the migration to shared-db-extension/runtime/src/main/resources/db/naap/");
    }
}
