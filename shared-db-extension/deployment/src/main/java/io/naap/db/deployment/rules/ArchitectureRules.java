package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every rule of the shared-database architecture, run together so a build reports all violations at once. */
public final class ArchitectureRules {

    private static final List<ArchitectureRule> RULES = List.of(new EntitySchemaRule(), new EnumSchemaRule(),
            new ModelPrefixRule(), new DuplicateTableRule(), new OwnDatasourceRule(), new ServiceEntitiesRule(),
            new ServiceMigrationsRule(), new OwnConnectionsRule(), new PrismaLeftoversRule(), new DataApiBypassRule(),
            new OwnershipDeclaredRule(), new PluginNameRule());

    private ArchitectureRules() {
    }

    public static List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (ArchitectureRule rule : RULES) {
            violations.addAll(rule.check(app));
        }
        return violations;
    }

    /** The build failure's message: every violation with its code, offender and fix. */
    public static String report(List<Violation> violations) {
        return "The service breaks " + violations.size() + " shared-database architecture rule"
                + (violations.size() == 1 ? "" : "s") + " (see the README's rule table):\n"
                + violations.stream().map(v -> "  " + v.describe()).collect(Collectors.joining("\n"));
    }
}
