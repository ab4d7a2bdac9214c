package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** One build reports every violation, so a plugin developer fixes them all in one round. */
class SeveralViolationsAreReportedAtOnceTest {

    @Test
    void everyViolationIsInTheOneFailure() throws Exception {
        Optional<Throwable> failure = QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.TrackerNote.class, Fixtures.RawJdbc.class)
                .addResource("db/migration/V1__own.sql", "CREATE TABLE own (id text PRIMARY KEY);")
                .applicationProperties("quarkus.datasource.username=me\n")
                .build();

        assertViolation(failure, "NAAP-DB-001", Fixtures.TrackerNote.class.getName(), "@Table(schema");
        assertViolation(failure, "NAAP-DB-006", "application.properties: quarkus.datasource.username", "remove it");
        assertViolation(failure, "NAAP-DB-007", Fixtures.TrackerNote.class.getName(), "move it");
        assertViolation(failure, "NAAP-DB-008", "db/migration/V1__own.sql", "move the migration");
        String report = assertViolation(failure, "NAAP-DB-009", Fixtures.RawJdbc.class.getName(), "shared connection");
        assertThat(report).contains("The service breaks 5 shared-database architecture rules");
    }
}
