package io.naap.db.deployment.rules;

import java.util.Comparator;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/** The entities of an index, with the names that the rules check. */
final class Entities {

    static final DotName ENTITY = DotName.createSimple("jakarta.persistence.Entity");
    static final DotName TABLE = DotName.createSimple("jakarta.persistence.Table");

    private Entities() {
    }

    /** An entity: its class, model name (JPA entity name), schema and table ({@code null} when not declared). */
    record Entity(ClassInfo type, String modelName, String schema, String table) {
        String className() {
            return type.name().toString();
        }
    }

    static List<Entity> in(IndexView index) {
        return index.getAnnotations(ENTITY).stream()
                .filter(a -> a.target().kind() == org.jboss.jandex.AnnotationTarget.Kind.CLASS)
                .map(a -> of(a.target().asClass(), a))
                .sorted(Comparator.comparing(Entity::className))
                .toList();
    }

    private static Entity of(ClassInfo type, AnnotationInstance entity) {
        String modelName = nonEmpty(entity.value("name"));
        if (modelName == null) {
            modelName = type.simpleName();
        }
        AnnotationInstance table = type.declaredAnnotation(TABLE);
        String schema = table == null ? null : nonEmpty(table.value("schema"));
        String tableName = table == null ? null : nonEmpty(table.value("name"));
        return new Entity(type, modelName, schema, tableName == null ? modelName : tableName);
    }

    private static String nonEmpty(AnnotationValue value) {
        return value == null || value.asString().isEmpty() ? null : value.asString();
    }
}
