package io.naap.db.deployment.rules;

import java.util.List;

/** One rule of the shared-database architecture, checked on every service build. */
public interface ArchitectureRule {

    /** Every violation of this rule in {@code app}; empty when the rule holds. */
    List<Violation> check(ApplicationView app);
}
