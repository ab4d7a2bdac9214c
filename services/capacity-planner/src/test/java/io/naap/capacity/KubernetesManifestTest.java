package io.naap.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The capacity planner's manifest is the tracker's with its own name and port, and the base lists it. */
class KubernetesManifestTest {

    private static final Path BASE = Path.of("../../k8s/base");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theDeploymentProbesDrainsAndNeverMigratesLikeTheTrackers() throws Exception {
        JsonNode capacity = deployment("capacity-planner.yaml");
        JsonNode tracker = deployment("task-tracker.yaml");
        JsonNode container = capacity.at("/spec/template/spec/containers/0");
        JsonNode trackerContainer = tracker.at("/spec/template/spec/containers/0");

        assertThat(capacity.at("/metadata/name").asText()).isEqualTo("capacity-planner");
        assertThat(container.at("/image").asText()).isEqualTo("naap/capacity-planner");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(4003);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.get(probe)).as(probe).isEqualTo(trackerContainer.get(probe));
        }
        assertThat(container.get("lifecycle")).isEqualTo(trackerContainer.get("lifecycle"));
        assertThat(capacity.at("/spec/template/spec/terminationGracePeriodSeconds"))
                .isEqualTo(tracker.at("/spec/template/spec/terminationGracePeriodSeconds"));
        Map<String, String> env = new java.util.HashMap<>();
        container.get("env").forEach(e -> env.put(e.get("name").asText(), e.path("value").asText(null)));
        assertThat(env).containsEntry("NAAP_AUTH_MODE", "session")
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false").containsKey("DATABASE_URL");
    }

    @Test
    void theServiceAndTheKustomization() throws Exception {
        List<JsonNode> documents = documents("capacity-planner.yaml");
        JsonNode service = documents.stream().filter(d -> d.at("/kind").asText().equals("Service")).findFirst()
                .orElseThrow();
        assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(4003);
        assertThat(service.at("/spec/selector/app.kubernetes.io~1name").asText()).isEqualTo("capacity-planner");
        JsonNode kustomization = YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        assertThat(kustomization.get("resources").toString()).contains("capacity-planner.yaml");
    }

    private static JsonNode deployment(String file) throws Exception {
        return documents(file).stream().filter(d -> d.at("/kind").asText().equals("Deployment")).findFirst()
                .orElseThrow();
    }

    private static List<JsonNode> documents(String file) throws Exception {
        try (var parser = YAML.getFactory().createParser(Files.readString(BASE.resolve(file)))) {
            return YAML.readValues(parser, JsonNode.class).readAll();
        }
    }
}
