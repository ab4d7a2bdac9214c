package io.naap.db.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.naap.db.deployment.rules.ApplicationView;
import io.naap.db.deployment.rules.ArchitectureRules;
import io.naap.db.deployment.rules.ClassReferences;
import io.naap.db.deployment.rules.Violation;
import io.naap.db.deployment.rules.YamlKeys;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.ApplicationArchive;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.builditem.ApplicationInfoBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Checks the architecture rules of the shared database on every service build: a service that breaks one does not
 * build, and the failure lists every violation with its code, offender and fix.
 */
class ArchitectureRulesProcessor {

    @BuildStep
    void enforceArchitectureRules(ApplicationArchivesBuildItem archives, CombinedIndexBuildItem combinedIndex,
            ApplicationInfoBuildItem application, BuildProducer<ValidationErrorBuildItem> errors) {
        ApplicationView view = viewOf(archives.getRootArchive(), combinedIndex, application.getName());
        List<Violation> violations = ArchitectureRules.check(view);
        if (!violations.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(
                    new ArchitectureViolationException(ArchitectureRules.report(violations))));
        }
    }

    static ApplicationView viewOf(ApplicationArchive service, CombinedIndexBuildItem combinedIndex,
            String applicationName) {
        Set<String> resources = new TreeSet<>();
        Map<String, Set<String>> referencedTypes = new TreeMap<>();
        Map<String, Set<String>> calledMethods = new TreeMap<>();
        Map<String, String> properties = new TreeMap<>();
        Map<String, String> propertySources = new TreeMap<>();
        service.accept(tree -> tree.walk(visit -> {
            String relative = visit.getRelativePath("/");
            Path path = visit.getPath();
            if (Files.isDirectory(path)) {
                return;
            }
            if (relative.endsWith(".class")) {
                String type = relative.substring(0, relative.length() - 6).replace('/', '.');
                byte[] classFile = read(path);
                referencedTypes.put(type, ClassReferences.of(classFile));
                if (!isTestRoot(visit.getRoot())) {
                    calledMethods.put(type, ClassReferences.methodsCalled(classFile));
                }
            } else {
                resources.add(relative);
                if (CONFIG_FILE.matcher(relative).matches()) {
                    configOf(path).forEach((key, value) -> {
                        String name = key.replaceFirst("^%[^.]+\\.", "");
                        properties.put(name, value);
                        propertySources.putIfAbsent(name, relative);
                    });
                }
            }
        }));
        if (!properties.containsKey(APPLICATION_NAME)) {
            properties.put(APPLICATION_NAME, applicationName);
            propertySources.put(APPLICATION_NAME, "pom.xml (its artifactId, the default application name)");
        }
        return new ApplicationView(service.getIndex(), combinedIndex.getIndex(), resources, properties,
                propertySources, referencedTypes, calledMethods);
    }

    private static final String APPLICATION_NAME = "quarkus.application.name";

    /**
     * The configuration files of a service in every profile: {@code application.properties} (its {@code %profile.}
     * keys), {@code application-<profile>.properties}, {@code META-INF/microprofile-config.properties} and the YAML
     * files {@code quarkus-config-yaml} would read.
     */
    static final Pattern CONFIG_FILE = Pattern.compile(
            "application(-[^/]+)?\\.(properties|ya?ml)|META-INF/microprofile-config(-[^/]+)?\\.properties");

    /** Each file read by SmallRye Config's own source for its format, so keys mean what they will at run time. */
    private static Map<String, String> configOf(Path file) {
        try {
            String name = file.getFileName().toString();
            ConfigSource source = name.endsWith(".properties")
                    ? new PropertiesConfigSource(file.toUri().toURL(), 0)
                    : new YamlKeys(Files.readString(file));
            Map<String, String> values = new TreeMap<>();
            source.getPropertyNames().forEach(key -> values.put(key, source.getValue(key)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maven's and Gradle's test output: a {@code @QuarkusTest} build includes it, the service's jar does not. */
    private static boolean isTestRoot(Path root) {
        String name = root == null || root.getFileName() == null ? "" : root.getFileName().toString();
        return name.equals("test-classes") || root != null && root.toString().replace('\\', '/').endsWith("classes/java/test");
    }

    private static byte[] read(Path classFile) {
        try {
            return Files.readAllBytes(classFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build failure of a service that breaks the architecture rules. */
    static final class ArchitectureViolationException extends RuntimeException {
        ArchitectureViolationException(String message) {
            super(message, null, false, false);
        }
    }
}
