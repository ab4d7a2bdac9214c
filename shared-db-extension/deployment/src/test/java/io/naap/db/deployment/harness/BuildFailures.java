package io.naap.db.deployment.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

/** Assertions on the failure of a service build. */
public final class BuildFailures {

    private BuildFailures() {
    }

    /** The build failed, reporting {@code code} for {@code offender} with a fix containing {@code fix}. */
    public static String assertViolation(Optional<Throwable> failure, String code, String offender, String fix) {
        assertThat(failure).as("the build should fail").isPresent();
        String report = QuarkusBuildHarness.describe(failure.get());
        assertThat(report).contains("shared-database architecture rule")
                .contains("[" + code + "] " + offender + ": ")
                .containsPattern("\\[" + code + "] [^\\n]*\\n\\s+Fix: [^\\n]*" + java.util.regex.Pattern.quote(fix));
        return report;
    }
}
