package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;

import io.naap.db.PluginSchema;

/**
 * NAAP-DB-012: every model of a plugin schema says who owns its records ({@code @TeamOwned}, {@code @UserOwned} or
 * {@code @Unowned}), and the fields it names exist, so the default client scopes it as declared and never guesses.
 */
final class OwnershipDeclaredRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-012";
    private static final String PACKAGE = "io.naap.db.data.ownership.";
    static final DotName TEAM_OWNED = DotName.createSimple(PACKAGE + "TeamOwned");
    static final DotName USER_OWNED = DotName.createSimple(PACKAGE + "UserOwned");
    static final DotName UNOWNED = DotName.createSimple(PACKAGE + "Unowned");
    private static final DotName STRING = DotName.createSimple(String.class.getName());
    private static final String FIX = "annotate the entity @TeamOwned(field = \"teamId\") or @TeamOwned(through = "
            + "\"<relation>\"), @UserOwned(field = \"<user id field>\") or @Unowned(\"<why nothing narrows it>\") "
            + "from io.naap.db.data.ownership";

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (Entities.Entity entity : Entities.in(app.allClasses())) {
            boolean pluginModel = entity.schema() != null && PluginSchema.bySchemaName(entity.schema())
                    .flatMap(PluginSchema::pluginName).isPresent();
            if (pluginModel) {
                problem(app.allClasses(), entity.type()).ifPresent(problem ->
                        violations.add(new Violation(CODE, entity.className(), problem, FIX)));
            }
        }
        return violations;
    }

    private static Optional<String> problem(IndexView index, ClassInfo type) {
        AnnotationInstance team = type.declaredAnnotation(TEAM_OWNED);
        AnnotationInstance user = type.declaredAnnotation(USER_OWNED);
        long declared = (team != null ? 1 : 0) + (user != null ? 1 : 0) + (type.hasDeclaredAnnotation(UNOWNED) ? 1 : 0);
        if (declared == 0) {
            return Optional.of("declares no ownership, so the default DataClient cannot scope its records");
        }
        if (declared > 1) {
            return Optional.of("declares more than one ownership");
        }
        if (user != null) {
            return textField(index, type, value(user, "field"));
        }
        if (team != null) {
            String field = value(team, "field");
            String through = value(team, "through");
            if (field.isEmpty() == through.isEmpty()) {
                return Optional.of("@TeamOwned names either its team field or the relation it is owned through");
            }
            Optional<String> problem = field.isEmpty() ? relation(index, type, through) : textField(index, type, field);
            return problem.isPresent() || value(team, "owner").isEmpty() ? problem
                    : textField(index, type, value(team, "owner"));
        }
        return Optional.empty();
    }

    private static Optional<String> textField(IndexView index, ClassInfo type, String name) {
        FieldInfo field = field(index, type, name);
        return field != null && field.type().name().equals(STRING) ? Optional.empty()
                : Optional.of("names \"" + name + "\" in its ownership, which is no text field of it");
    }

    private static Optional<String> relation(IndexView index, ClassInfo type, String name) {
        FieldInfo field = field(index, type, name);
        ClassInfo target = field == null ? null : index.getClassByName(field.type().name());
        return target != null && target.hasDeclaredAnnotation(TEAM_OWNED) ? Optional.empty()
                : Optional.of("@TeamOwned(through = \"" + name + "\") names no relation to a @TeamOwned model");
    }

    private static FieldInfo field(IndexView index, ClassInfo type, String name) {
        for (ClassInfo current = type; current != null; current = index.getClassByName(current.superName())) {
            if (current.field(name) != null) {
                return current.field(name);
            }
        }
        return null;
    }

    private static String value(AnnotationInstance annotation, String name) {
        return annotation.value(name) == null ? "" : annotation.value(name).asString();
    }
}
