package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;

/**
 * NAAP-DB-006: a service uses the one shared datasource and persistence unit. It declares no datasource (default
 * or named), JDBC URL, persistence unit or {@code persistence.xml} of its own, and injects no named ones.
 */
final class OwnDatasourceRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-006";
    private static final List<String> ALLOWED_ORM_KEYS = List.of("quarkus.hibernate-orm.log.",
            "quarkus.hibernate-orm.statistics", "quarkus.hibernate-orm.metrics.");
    private static final List<DotName> NAMED_QUALIFIERS = List.of(
            DotName.createSimple("io.quarkus.agroal.DataSource"),
            DotName.createSimple("io.quarkus.hibernate.orm.PersistenceUnit"),
            DotName.createSimple("jakarta.persistence.PersistenceUnit"),
            DotName.createSimple("jakarta.persistence.PersistenceContext"));
    private static final String FIX_PROPERTY = "remove it: the shared-db extension provides the one datasource "
            + "(from DATABASE_URL) and persistence unit; operators tune the pool with DATABASE_URL's connection_limit "
            + "or QUARKUS_DATASOURCE_* variables";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, String> property : app.serviceProperties().entrySet()) {
            String key = property.getKey();
            if (key.startsWith("quarkus.datasource.")) {
                violations.add(new Violation(CODE, app.property(key),
                        "the service configures a datasource of its own", FIX_PROPERTY));
            } else if (key.startsWith("quarkus.hibernate-orm.") && ALLOWED_ORM_KEYS.stream().noneMatch(key::startsWith)) {
                violations.add(new Violation(CODE, app.property(key),
                        "the service configures the persistence unit", FIX_PROPERTY));
            }
        }
        if (app.serviceResources().contains("META-INF/persistence.xml")) {
            violations.add(new Violation(CODE, "META-INF/persistence.xml",
                    "the service declares a persistence unit of its own", "delete META-INF/persistence.xml"));
        }
        for (DotName qualifier : NAMED_QUALIFIERS) {
            for (AnnotationInstance use : app.serviceClasses().getAnnotations(qualifier)) {
                if (use.value() != null && !use.value().asString().isEmpty()
                        || use.value("unitName") != null && !use.value("unitName").asString().isEmpty()) {
                    violations.add(new Violation(CODE, Targets.describe(use),
                            "injects a named datasource or persistence unit (@" + qualifier.withoutPackagePrefix()
                                    + ")",
                            "inject the default one: the shared model lives in the single persistence unit"));
                }
            }
        }
        return violations;
    }
}
