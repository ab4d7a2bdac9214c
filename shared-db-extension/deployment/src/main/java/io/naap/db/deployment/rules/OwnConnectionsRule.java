package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/**
 * NAAP-DB-009: a service never opens connections itself ("never instantiate your own client"): no
 * {@code DriverManager}, no driver or pool classes, no {@code EntityManagerFactory} or Flyway of its own.
 */
final class OwnConnectionsRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-009";
    private static final List<String> FORBIDDEN_PREFIXES = List.of("java.sql.DriverManager", "org.postgresql.",
            "jakarta.persistence.Persistence", "org.hibernate.cfg.Configuration", "org.hibernate.boot.MetadataSources",
            "io.agroal.api.configuration.supplier.", "io.agroal.pool.", "org.flywaydb.core.Flyway",
            "com.zaxxer.hikari.");
    private static final List<DotName> FORBIDDEN_SUPERTYPES = List.of(DotName.createSimple("javax.sql.DataSource"),
            DotName.createSimple("jakarta.persistence.EntityManagerFactory"), DotName.createSimple("java.sql.Driver"));
    private static final String FIX = "use the shared connection: the injected DataClient of the shared-db "
            + "extension (scoped to the caller's team)";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> type : app.referencedTypes().entrySet()) {
            Set<String> forbidden = new TreeSet<>();
            for (String referenced : type.getValue()) {
                if (FORBIDDEN_PREFIXES.stream().anyMatch(referenced::startsWith)) {
                    forbidden.add(referenced);
                }
            }
            if (!forbidden.isEmpty()) {
                violations.add(new Violation(CODE, type.getKey(),
                        "opens database connections itself (uses " + String.join(", ", forbidden) + ")", FIX));
            }
        }
        for (DotName supertype : FORBIDDEN_SUPERTYPES) {
            for (ClassInfo implementor : app.serviceClasses().getAllKnownImplementations(supertype)) {
                violations.add(new Violation(CODE, implementor.name().toString(),
                        "implements " + supertype.withoutPackagePrefix() + ", a connection source of its own", FIX));
            }
        }
        return violations;
    }
}
