package io.naap.db.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.naap.db.deployment.rules.ApplicationView;
import io.naap.db.deployment.rules.ArchitectureRules;
import io.naap.db.deployment.rules.ClassReferences;
import io.naap.db.deployment.rules.Violation;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.ApplicationArchive;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

/**
 * Checks the architecture rules of the shared database on every service build: a service that breaks one does not
 * build, and the failure lists every violation with its code, offender and fix.
 */
class ArchitectureRulesProcessor {

    @BuildStep
    void enforceArchitectureRules(ApplicationArchivesBuildItem archives, CombinedIndexBuildItem combinedIndex,
            BuildProducer<ValidationErrorBuildItem> errors) {
        ApplicationView view = viewOf(archives.getRootArchive(), combinedIndex);
        List<Violation> violations = ArchitectureRules.check(view);
        if (!violations.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(
                    new ArchitectureViolationException(ArchitectureRules.report(violations))));
        }
    }

    static ApplicationView viewOf(ApplicationArchive service, CombinedIndexBuildItem combinedIndex) {
        Set<String> resources = new TreeSet<>();
        Map<String, Set<String>> referencedTypes = new TreeMap<>();
        Properties properties = new Properties();
        service.accept(tree -> tree.walk(visit -> {
            String relative = visit.getRelativePath("/");
            Path path = visit.getPath();
            if (Files.isDirectory(path)) {
                return;
            }
            if (relative.endsWith(".class")) {
                referencedTypes.put(relative.substring(0, relative.length() - 6).replace('/', '.'),
                        referencedTypes(path));
            } else {
                resources.add(relative);
                if (relative.equals("application.properties")) {
                    load(properties, path);
                }
            }
        }));
        Map<String, String> declared = new TreeMap<>();
        properties.stringPropertyNames()
                .forEach(key -> declared.put(key.replaceFirst("^%[^.]+\\.", ""), properties.getProperty(key)));
        return new ApplicationView(service.getIndex(), combinedIndex.getIndex(), resources, declared, referencedTypes);
    }

    private static Set<String> referencedTypes(Path classFile) {
        try {
            return ClassReferences.of(Files.readAllBytes(classFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Properties properties, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
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
