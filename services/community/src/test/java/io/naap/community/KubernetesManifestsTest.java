package io.naap.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/** The Kubernetes manifests of the service agree with what the service does: port, probes, database, migrations. */
class KubernetesManifestsTest {

    private static final Path BASE = Path.of("../../k8s/base");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theDeploymentProbesTheServicesHealthRoutesOnItsPortAndNeverMigrates() throws IOException {
        JsonNode deployment = document("community.yaml", "Deployment");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");

        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(configuredPort());
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(env(container, "QUARKUS_FLYWAY_MIGRATE_AT_START")).isEqualTo("false");
        assertThat(container.at("/env").findValuesAsText("name")).contains("DATABASE_URL");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/volumeMounts/0/mountPath").asText()).as("Quarkus writes to /tmp").isEqualTo("/tmp");
        int preStop = container.at("/lifecycle/preStop/sleep/seconds").asInt();
        int grace = document("community.yaml", "Deployment").at("/spec/template/spec/terminationGracePeriodSeconds")
                .asInt();
        assertThat(preStop).as("endpoints drop the pod before it drains").isPositive();
        assertThat(grace).as("preStop + shutdown delay + drain timeout fit the grace period")
                .isGreaterThan(preStop + seconds(platformDefault("quarkus.shutdown.delay"))
                        + seconds(platformDefault("quarkus.shutdown.timeout")));
        assertThat(document("community.yaml", "Service").at("/spec/ports/0/port").asInt()).isEqualTo(configuredPort());
    }

    @Test
    void theDeploymentAuthenticatesByPlatformSessionWithThePepperFromAnOptionalSecret() throws IOException {
        JsonNode container = document("community.yaml", "Deployment").at("/spec/template/spec/containers/0");

        assertThat(env(container, "NAAP_AUTH_MODE")).isEqualTo("session");
        JsonNode pepper = variable(container, "SESSION_TOKEN_PEPPER").at("/valueFrom/secretKeyRef");
        assertThat(pepper.path("name").asText()).isEqualTo("naap-session");
        assertThat(pepper.path("key").asText()).isEqualTo("pepper");
        assertThat(pepper.path("optional").asBoolean()).isTrue();
    }

    @Test
    void theMigrationJobMigratesAndExits() throws IOException {
        JsonNode container = document("migrations.yaml", "Job").at("/spec/template/spec/containers/0");

        assertThat(env(container, "QUARKUS_INIT_AND_EXIT")).isEqualTo("true");
        assertThat(env(container, "QUARKUS_FLYWAY_MIGRATE_AT_START")).isEqualTo("true");
        assertThat(container.at("/env").findValuesAsText("name")).contains("DATABASE_URL");
    }

    @Test
    void theBaseListsEveryManifest() throws IOException {
        JsonNode kustomization = documents(BASE.resolve("kustomization.yaml")).get(0);

        assertThat(kustomization.get("resources")).extracting(JsonNode::asText)
                .contains("migrations.yaml", "community.yaml");
    }

    private static String env(JsonNode container, String name) {
        return variable(container, name).path("value").asText();
    }

    private static JsonNode variable(JsonNode container, String name) {
        for (JsonNode variable : container.get("env")) {
            if (variable.get("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("no " + name + " in " + container.get("name"));
    }

    private static JsonNode document(String file, String kind) throws IOException {
        return documents(BASE.resolve(file)).stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + file));
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(Files.readString(file))) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }

    /** The default of {@code quarkus.http.port=${PORT:4006}}. */
    private static int configuredPort() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KubernetesManifestsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String port = properties.getProperty("quarkus.http.port");
        return Integer.parseInt(port.replaceAll("\\$\\{PORT:(\\d+)}", "$1"));
    }

    /** A default the shared-db extension gives every service. */
    private static String platformDefault(String key) throws IOException {
        java.util.Properties defaults = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(
                Path.of("../../shared-db-extension/runtime/src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        }
        return defaults.getProperty(key);
    }

    private static int seconds(String duration) {
        return (int) java.time.Duration.parse("PT" + duration).toSeconds();
    }
}
