package io.naap.db.model.support;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.Type;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.sql.internal.NamedNativeEnumDdlTypeImpl;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

/**
 * PostgreSQL as the platform uses it: named enum types live in their plugin's schema, so Hibernate must name them
 * {@code "plugin_x"."EnumName"} (from {@link EnumSchema}) wherever it casts to them, not by the bare class name.
 */
public class SharedPostgreSQLDialect extends PostgreSQLDialect {

    public SharedPostgreSQLDialect() {
        super();
    }

    public SharedPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    protected void registerColumnTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.registerColumnTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getDdlTypeRegistry().addDescriptor(new SchemaQualifiedEnumType(this));
    }

    /** The qualified, quoted type name of {@code enumClass}. */
    public static String enumTypeName(Class<?> enumClass) {
        EnumSchema schema = enumClass.getAnnotation(EnumSchema.class);
        if (schema == null) {
            throw new IllegalStateException(enumClass.getName() + " is stored as a PostgreSQL enum but declares no @"
                    + EnumSchema.class.getSimpleName());
        }
        return "\"" + schema.value() + "\".\"" + enumClass.getSimpleName() + "\"";
    }

    private static final class SchemaQualifiedEnumType extends NamedNativeEnumDdlTypeImpl {
        SchemaQualifiedEnumType(Dialect dialect) {
            super(dialect);
        }

        @Override
        public String getTypeName(Size columnSize, Type type, DdlTypeRegistry ddlTypeRegistry) {
            return enumTypeName(type.getReturnedClass());
        }

        @Override
        public String getCastTypeName(JdbcType jdbcType, JavaType<?> javaType) {
            return enumTypeName(javaType.getJavaTypeClass());
        }

        @Override
        public String getCastTypeName(JdbcType jdbcType, JavaType<?> javaType, Long length, Integer precision,
                Integer scale) {
            return enumTypeName(javaType.getJavaTypeClass());
        }
    }
}
