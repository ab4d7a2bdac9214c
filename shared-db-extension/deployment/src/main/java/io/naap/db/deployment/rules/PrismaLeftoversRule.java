package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * NAAP-DB-010: the original platform's anti-pattern "a prisma/ directory in a plugin": a service carries no schema
 * file or generated client of its own.
 */
final class PrismaLeftoversRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-010";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (String resource : app.serviceResources()) {
            if (resource.startsWith("prisma/") || resource.endsWith(".prisma")) {
                violations.add(new Violation(CODE, resource, "the service carries a Prisma schema of its own",
                        "delete it: the unified model is the shared-db extension's entities and migrations"));
            }
        }
        return violations;
    }
}
