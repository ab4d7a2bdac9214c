package io.naap.db.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code scripts/app-cds.sh} on the fixture's packaged jar: it makes the class-data archive once, and the JVM the
 * services run with maps it ({@code -Xshare:on} refuses to start otherwise). The archive is what the run script,
 * the benchmarks and, with the same command, the image start every service with.
 */
class ClassDataArchiveIT {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();

    @Test
    void theArchiveIsMadeOnceAndTheServicesJvmMapsIt() throws Exception {
        Path archive = JAR.resolveSibling("app-cds-local.jsa");
        Files.deleteIfExists(archive);

        String flag = appCds();
        FileTime made = Files.getLastModifiedTime(archive);
        String again = appCds();

        assertThat(flag).isEqualTo("-XX:SharedArchiveFile=" + archive);
        assertThat(Files.size(archive)).as("classes archived").isGreaterThan(1_000_000);
        assertThat(again).isEqualTo(flag);
        assertThat(Files.getLastModifiedTime(archive)).as("made once per build").isEqualTo(made);

        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(Files.readString(ROOT.resolve("scripts/jvm-options")).trim().split("\\s+")));
        // Quarkus' archive mode loads the application up to its beans and exits: no database needed.
        command.addAll(List.of(flag, "-Xshare:on", "-Dquarkus.appcds.generate=true", "-jar", JAR.toString()));
        Run started = run(command);
        assertThat(started.exitCode()).as(started.output()).isZero();
    }

    private static String appCds() throws IOException, InterruptedException {
        Run made = run(List.of(ROOT.resolve("scripts/app-cds.sh").toString(), JAR.toString()));
        assertThat(made.exitCode()).as(made.output()).isZero();
        return made.output().trim();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("did not end within 2 minutes: " + command);
        }
        return new Run(process.exitValue(), output);
    }
}
