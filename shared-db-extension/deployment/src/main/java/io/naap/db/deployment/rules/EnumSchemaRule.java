package io.naap.db.deployment.rules;

import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.Type;

/**
 * NAAP-DB-003: an enum a model stores is a PostgreSQL enum type in the model's own schema, as the original platform
 * requires ({@code @@schema} on every enum): mapped with {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} and declaring
 * {@code @EnumSchema} with the entity's schema.
 */
final class EnumSchemaRule implements ArchitectureRule {

    static final String CODE = "NAAP-DB-003";
    static final DotName ENUM_SCHEMA = DotName.createSimple("io.naap.db.model.support.EnumSchema");
    private static final DotName JDBC_TYPE_CODE = DotName.createSimple("org.hibernate.annotations.JdbcTypeCode");
    private static final DotName TRANSIENT = DotName.createSimple("jakarta.persistence.Transient");
    /** {@code org.hibernate.type.SqlTypes.NAMED_ENUM}. */
    private static final int NAMED_ENUM = 6001;

    @Override
    public List<Violation> check(ApplicationView app) {
        List<Violation> violations = new ArrayList<>();
        for (Entities.Entity entity : Entities.in(app.allClasses())) {
            for (ClassInfo type = entity.type(); type != null; type = superclass(app, type)) {
                for (FieldInfo field : type.fields()) {
                    ClassInfo enumType = storedEnum(app, field);
                    if (enumType != null) {
                        check(entity, field, enumType, violations);
                    }
                }
            }
        }
        return violations;
    }

    private static void check(Entities.Entity entity, FieldInfo field, ClassInfo enumType, List<Violation> violations) {
        String offender = entity.className() + "." + field.name();
        AnnotationInstance typeCode = field.annotation(JDBC_TYPE_CODE);
        if (typeCode == null || typeCode.value().asInt() != NAMED_ENUM) {
            violations.add(new Violation(CODE, offender,
                    "enum " + enumType.simpleName() + " is not stored as a PostgreSQL enum type",
                    "annotate the field with @Enumerated(EnumType.STRING) and @JdbcTypeCode(SqlTypes.NAMED_ENUM)"));
        }
        AnnotationInstance enumSchema = enumType.declaredAnnotation(ENUM_SCHEMA);
        String expected = entity.schema() == null ? "plugin_<name>" : entity.schema();
        if (enumSchema == null) {
            violations.add(new Violation(CODE, enumType.name().toString(),
                    "the enum's PostgreSQL type declares no schema",
                    "annotate the enum with @EnumSchema(\"" + expected + "\")"));
        } else if (entity.schema() != null && !entity.schema().equals(enumSchema.value().asString())) {
            violations.add(new Violation(CODE, offender,
                    "enum " + enumType.simpleName() + " lives in schema '" + enumSchema.value().asString()
                            + "' but its model lives in '" + entity.schema() + "'",
                    "declare the enum in the model's schema: @EnumSchema(\"" + entity.schema() + "\")"));
        }
    }

    private static ClassInfo storedEnum(ApplicationView app, FieldInfo field) {
        if (field.type().kind() != Type.Kind.CLASS || java.lang.reflect.Modifier.isStatic(field.flags())
                || field.hasAnnotation(TRANSIENT)) {
            return null;
        }
        ClassInfo type = app.allClasses().getClassByName(field.type().name());
        return type != null && type.isEnum() ? type : null;
    }

    private static ClassInfo superclass(ApplicationView app, ClassInfo type) {
        return type.superName() == null ? null : app.allClasses().getClassByName(type.superName());
    }
}
