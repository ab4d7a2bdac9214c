package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The Kubernetes manifests agree with what every service does: port, probes, database, migrations, authentication,
 * draining. A repository-level check: it runs once, here in the extension's suite, over each
 * {@code services/<name>} and its {@code k8s/base/<name>.yaml}, so a new service is checked without a copy of this
 * class.
 */
class KubernetesManifestsTest {

    /** The repository root, from this module's directory (where surefire runs the tests). */
    private static final Path ROOT = Path.of("../..");
    private static final Path BASE = ROOT.resolve("k8s/base");
    private static final Path SERVICES = ROOT.resolve("services");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<String> services() throws IOException {
        try (var dirs = Files.list(SERVICES)) {
            return dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).map(d -> d.getFileName().toString()).sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theDeploymentProbesTheServicesHealthRoutesOnItsPortAndNeverMigrates(String service) throws IOException {
        String manifest = service + ".yaml";
        JsonNode deployment = document(manifest, "Deployment");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");

        assertThat(deployment.at("/metadata/name").asText()).isEqualTo(service);
        assertThat(container.at("/image").asText()).isEqualTo("naap/" + service);
        assertThat(document(manifest, "Service").at("/spec/selector/app.kubernetes.io~1name").asText())
                .isEqualTo(service);
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(configuredPort(service));
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(env(container, "QUARKUS_FLYWAY_MIGRATE_AT_START")).isEqualTo("false");
        assertThat(container.at("/env").findValuesAsText("name")).contains("DATABASE_URL");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/volumeMounts/0/mountPath").asText()).as("Quarkus writes to /tmp").isEqualTo("/tmp");
        int preStop = container.at("/lifecycle/preStop/sleep/seconds").asInt();
        int grace = deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt();
        assertThat(preStop).as("endpoints drop the pod before it drains").isPositive();
        assertThat(grace).as("preStop + shutdown delay + drain timeout fit the grace period")
                .isGreaterThan(preStop + seconds(platformDefault("quarkus.shutdown.delay"))
                        + seconds(platformDefault("quarkus.shutdown.timeout")));
        assertThat(document(manifest, "Service").at("/spec/ports/0/port").asInt()).isEqualTo(configuredPort(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theDeploymentAuthenticatesByPlatformSessionWithThePepperFromAnOptionalSecret(String service)
            throws IOException {
        JsonNode container = document(service + ".yaml", "Deployment").at("/spec/template/spec/containers/0");

        assertThat(env(container, "NAAP_AUTH_MODE")).isEqualTo("session");
        JsonNode pepper = variable(container, "SESSION_TOKEN_PEPPER").at("/valueFrom/secretKeyRef");
        assertThat(pepper.path("name").asText()).isEqualTo("naap-session");
        assertThat(pepper.path("key").asText()).isEqualTo("pepper");
        assertThat(pepper.path("optional").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("services")
    void thePodsMemoryLimitHoldsTheImagesBoundedHeapAndMetaspace(String service) throws IOException {
        JsonNode container = document(service + ".yaml", "Deployment").at("/spec/template/spec/containers/0");
        List<String> options = jvmOptions();

        assertThat(container.at("/env").findValuesAsText("name")).as("the image's JVM settings apply unchanged")
                .doesNotContain("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_TOOL_OPTIONS");
        assertThat(mebibytes(container.at("/resources/limits/memory").asText()))
                .isGreaterThanOrEqualTo(megabytes(option(options, "-Xmx")) + megabytes(option(options,
                        "-XX:MaxMetaspaceSize=")) + 64);
    }

    @Test
    void theRunScriptTheBenchmarksAndTheImageRunTheSameJvmSettings() throws IOException {
        String image = Files.readString(ROOT.resolve("deploy/Dockerfile.jvm"));

        assertThat(image).contains("ENV JAVA_OPTS=\"" + String.join(" ", jvmOptions()) + "\"")
                .as("the image archives its classes and maps the archive")
                .contains("WORKDIR /deployments", "-XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true")
                .contains("exec java $JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa");
        assertThat(Files.readString(ROOT.resolve("scripts/run.sh")))
                .contains("$(cat scripts/jvm-options) $(scripts/app-cds.sh \"$jar\")");
        assertThat(Files.readString(ROOT.resolve("bench/lib.sh"))).contains("$(cat \"$root/scripts/jvm-options\") $cds");
        assertThat(jvmOptions()).as("a bounded heap").anyMatch(o -> o.startsWith("-Xmx"));
    }

    private static List<String> jvmOptions() throws IOException {
        return List.of(Files.readString(ROOT.resolve("scripts/jvm-options")).trim().split("\\s+"));
    }

    private static String option(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).findFirst()
                .map(o -> o.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no " + prefix + " in scripts/jvm-options"));
    }

    /** A JVM size such as {@code 160m}, in MiB. */
    private static int megabytes(String size) {
        assertThat(size).matches("\\d+[mM]");
        return Integer.parseInt(size.substring(0, size.length() - 1));
    }

    /** A Kubernetes quantity such as {@code 384Mi}, in MiB. */
    private static int mebibytes(String quantity) {
        assertThat(quantity).matches("\\d+Mi");
        return Integer.parseInt(quantity.substring(0, quantity.length() - 2));
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
                .containsExactlyInAnyOrderElementsOf(manifests())
                .contains("migrations.yaml")
                .containsAll(services().stream().map(service -> service + ".yaml").toList());
    }

    private static List<String> manifests() throws IOException {
        try (var files = Files.list(BASE)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).toList();
        }
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

    /** The service's {@code naap.default-port}: the port it listens on unless {@code PORT} is set. */
    private static int configuredPort(String service) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(
                SERVICES.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return Integer.parseInt(properties.getProperty("naap.default-port"));
    }

    /** A default the shared-db extension gives every service. */
    private static String platformDefault(String key) throws IOException {
        java.util.Properties defaults = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(
                ROOT.resolve("shared-db-extension/runtime/src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        }
        return defaults.getProperty(key);
    }

    private static int seconds(String duration) {
        return (int) java.time.Duration.parse("PT" + duration).toSeconds();
    }
}
