package io.naap.db.deployment.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.bootstrap.app.CuratedApplication;
import io.quarkus.bootstrap.app.QuarkusBootstrap;
import io.quarkus.bootstrap.app.StartupAction;
import io.quarkus.bootstrap.classloading.ClassPathElement;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.test.common.PathTestHelper;

/**
 * Builds (augments, never starts) a synthetic Quarkus application made of selected test classes and resources,
 * resolved against this module's own Maven model, and reports whether the Quarkus build failed.
 */
public final class QuarkusBuildHarness {

    private final Class<?> testClass;
    private final List<Class<?>> classes = new ArrayList<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();

    private QuarkusBuildHarness(Class<?> testClass) {
        this.testClass = testClass;
    }

    public static QuarkusBuildHarness forTest(Class<?> testClass) {
        return new QuarkusBuildHarness(testClass);
    }

    public QuarkusBuildHarness addClasses(Class<?>... cs) {
        classes.addAll(List.of(cs));
        return this;
    }

    /** Adds {@code content} at {@code path} in the application root, e.g. {@code db/migration/V1__x.sql}. */
    public QuarkusBuildHarness addResource(String path, String content) {
        resources.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public QuarkusBuildHarness applicationProperties(String content) {
        return addResource("application.properties", content);
    }

    /** @return the failure that ended the Quarkus build, or empty if the build succeeded. */
    public Optional<Throwable> build() throws Exception {
        Path testLocation = PathTestHelper.getTestClassesLocation(testClass); // target/test-classes
        Path projectDir = Path.of("").toAbsolutePath().normalize();            // surefire runs in ${basedir}
        Path appRoot = Files.createTempDirectory("naap-build-harness");
        writeApplicationRoot(appRoot);

        ClassLoader originalTccl = Thread.currentThread().getContextClassLoader();
        // Same trick as QuarkusUnitTest: test classes not copied into the app root must be invisible to the build.
        QuarkusClassLoader baseCl = QuarkusClassLoader
                .builder("naap build harness", QuarkusBuildHarness.class.getClassLoader(), false)
                .addBannedElement(ClassPathElement.fromPath(testLocation, true))
                .build();
        CuratedApplication curated = null;
        try {
            curated = QuarkusBootstrap.builder()
                    .setBaseName(testClass.getSimpleName() + " (build harness)")
                    .setApplicationRoot(appRoot)
                    .setMode(QuarkusBootstrap.Mode.TEST)
                    .setProjectRoot(projectDir)
                    .addExcludedPath(testLocation)
                    .setTargetDirectory(PathTestHelper.getProjectBuildDir(projectDir, testLocation))
                    .setBaseClassLoader(baseCl)
                    .build()
                    .bootstrap(); // BootstrapException here = model resolution problem, NOT an expected build failure
            try {
                StartupAction started = curated.createAugmentor().createInitialRuntimeApplication();
                started.getClassLoader().close(); // augmented only; the application is never run
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(buildFailureCause(e));
            }
        } finally {
            Thread.currentThread().setContextClassLoader(originalTccl);
            if (curated != null) {
                curated.close();
            }
            baseCl.close();
            deleteRecursively(appRoot);
        }
    }

    /**
     * AugmentActionImpl wraps the builder's BuildException in a RuntimeException; the BuildException's cause is the
     * exception thrown by the first failing build step. Classes are matched by name: BuildException lives in the
     * augmentation class loader, not in the test's.
     */
    static Throwable buildFailureCause(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ("io.quarkus.builder.BuildException".equals(t.getClass().getName())) {
                return t.getCause() != null ? t.getCause() : t;
            }
        }
        throw e; // not a build failure (e.g. harness misuse): let the test error out
    }

    /** Everything the failure says: messages, causes and suppressed failures, as the build log shows them. */
    public static String describe(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    private void writeApplicationRoot(Path root) throws IOException {
        for (Class<?> c : classes) {
            copyClass(c, root);
        }
        // Every service names its plugin (NAAP-DB-013); a test that is not about the name builds the tracker.
        String properties = new String(resources.getOrDefault("application.properties", new byte[0]),
                StandardCharsets.UTF_8);
        if (!properties.contains("quarkus.application.name")) {
            resources.put("application.properties",
                    ("quarkus.application.name=task-tracker\n" + properties).getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> r : resources.entrySet()) {
            Path target = root.resolve(r.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, r.getValue());
        }
    }

    private static void copyClass(Class<?> c, Path root) throws IOException {
        String name = c.getName().replace('.', '/') + ".class";
        Path target = root.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            copyClass(nested, root);
        }
    }

    private static void deleteRecursively(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
