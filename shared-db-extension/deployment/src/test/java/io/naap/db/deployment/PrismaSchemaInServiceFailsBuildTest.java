package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service that still carries a Prisma schema (the seed's anti-pattern). */
class PrismaSchemaInServiceFailsBuildTest {

    @Test
    void theBuildFailsNamingTheRuleTheOffenderAndTheFix() throws Exception {
        assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addResource("prisma/schema.prisma", "model Task { id String @id }")
                .build(), "NAAP-DB-010", "prisma/schema.prisma", "delete it");
    }
}
