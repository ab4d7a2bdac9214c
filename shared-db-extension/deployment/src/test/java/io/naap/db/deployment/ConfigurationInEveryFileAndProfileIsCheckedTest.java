package io.naap.db.deployment;

import static io.naap.db.deployment.harness.BuildFailures.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.naap.db.deployment.harness.QuarkusBuildHarness;

/**
 * Datasource and migration keys are found in every configuration file a service can ship, for every profile, not
 * only in application.properties: one build reports them all.
 */
class ConfigurationInEveryFileAndProfileIsCheckedTest {

    @Test
    void keysInProfileFilesYamlAndMicroprofileConfigFailTheBuild() throws Exception {
        String report = assertViolation(QuarkusBuildHarness.forTest(getClass())
                .addResource("application-prod.properties", "quarkus.datasource.jdbc.url=jdbc:postgresql://prod/own\n")
                .addResource("application.yaml", "quarkus:\n  flyway:\n    locations: db/own\n")
                .addResource("META-INF/microprofile-config.properties", "%dev.quarkus.datasource.username=own\n")
                .build(), "NAAP-DB-006", "application-prod.properties: quarkus.datasource.jdbc.url",
                "the shared-db extension provides the one datasource");

        assertThat(report).contains("[NAAP-DB-008] application.yaml: quarkus.flyway.locations: ")
                .contains("[NAAP-DB-006] META-INF/microprofile-config.properties: quarkus.datasource.username: ");
    }
}
