package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/** NAAP-DB-008: migrations are central, one history for every schema; a service ships none and configures none. */
final class ServiceMigrationsRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-008";
    private static final DotName JAVA_MIGRATION = DotName.createSimple("org.flywaydb.core.api.migration.JavaMigration");
    private static final DotName BASE_JAVA_MIGRATION = DotName
            .createSimple("org.flywaydb.core.api.migration.BaseJavaMigration");
    private static final String FIX = "move the migration to shared-db-extension/runtime/src/main/resources/db/naap/ "
            + "(V<yyyy.mm.dd.n>__<plugin>_<change>.sql), where one Flyway history covers every schema";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (String resource : app.serviceResources()) {
            if (resource.startsWith("db/") && resource.endsWith(".sql")) {
                violations.add(new Violation(CODE, resource, "the service ships a migration of its own", FIX));
            }
        }
        for (String key : app.serviceProperties().keySet()) {
            if (key.startsWith("quarkus.flyway.") || key.startsWith("quarkus.liquibase.")) {
                violations.add(new Violation(CODE, app.property(key),
                        "the service configures migrations",
                        "remove it; to leave migrations to a job, set QUARKUS_FLYWAY_MIGRATE_AT_START=false in the "
                                + "deployment's environment"));
            }
        }
        Set<ClassInfo> migrations = new TreeSet<>(java.util.Comparator.comparing(ClassInfo::name));
        migrations.addAll(app.serviceClasses().getAllKnownImplementations(JAVA_MIGRATION));
        migrations.addAll(app.serviceClasses().getAllKnownSubclasses(BASE_JAVA_MIGRATION));
        for (ClassInfo migration : migrations) {
            violations.add(new Violation(CODE, migration.name().toString(),
                    "the service ships a Java migration of its own", FIX));
        }
        return violations;
    }
}
