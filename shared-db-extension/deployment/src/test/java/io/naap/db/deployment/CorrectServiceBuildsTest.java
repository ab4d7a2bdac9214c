package io.naap.db.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;
import io.naap.db.deployment.rules.fixtures.Fixtures;

/** A service that keeps every rule builds, with the shared model, its routes and its configuration. */
class CorrectServiceBuildsTest {

    @Test
    void aServiceThatKeepsEveryRuleBuilds() throws Exception {
        assertThat(QuarkusBuildHarness.forTest(getClass())
                .addClasses(Fixtures.CleanResource.class)
                .applicationProperties("quarkus.application.name=task-tracker\nquarkus.http.port=4070\n"
                        + "quarkus.hibernate-orm.log.sql=true\n")
                .build()).isEmpty();
    }
}
