package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;

/** NAAP-DB-007: the unified model lives in the shared-db extension; a service declares no entity of its own. */
final class ServiceEntitiesRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-007";
    private static final List<DotName> MAPPING_ANNOTATIONS = List.of(Entities.ENTITY,
            DotName.createSimple("jakarta.persistence.MappedSuperclass"),
            DotName.createSimple("jakarta.persistence.Embeddable"));

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (DotName annotation : MAPPING_ANNOTATIONS) {
            for (AnnotationInstance use : app.serviceClasses().getAnnotations(annotation)) {
                if (use.target().kind() == org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
                    violations.add(new Violation(CODE, Targets.describe(use),
                            "the service declares a persistent class (@" + annotation.withoutPackagePrefix() + ")",
                            "move it to shared-db-extension/runtime under io.naap.db.model.<plugin> with its "
                                    + "migration, so every service shares one model"));
                }
            }
        }
        return violations;
    }
}
