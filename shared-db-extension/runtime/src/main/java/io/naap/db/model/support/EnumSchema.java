package io.naap.db.model.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema of the PostgreSQL enum type a Java enum is stored as (Prisma's {@code @@schema} on an enum). The type
 * is named after the enum, e.g. {@code "plugin_tracker"."TrackerTaskStatus"}. Every enum a model stores declares it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EnumSchema {
    /** A schema of {@code io.naap.db.PluginSchema}, the same as the models that use the enum. */
    String value();
}
