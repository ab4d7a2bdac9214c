package io.naap.db.model.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.naap.db.model.support.UuidModel;

/**
 * A platform role such as {@code system:admin} or {@code community:admin}; table {@code public."Role"}. A caller's
 * roles (through {@link UserRole}) are the roles of its security identity. Plugin services only read it.
 */
@Entity
@Table(schema = "public", name = "Role", indexes = {
        @Index(name = "Role_scope_idx", columnList = "scope"),
        @Index(name = "Role_pluginName_idx", columnList = "pluginName") })
public class Role extends UuidModel {

    @Column(nullable = false, unique = true)
    public String name;

    @Column(nullable = false)
    public String displayName;

    public String description;

    /** JSON, as the platform stores it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String permissions;

    /** Prisma creates list columns nullable, with an empty array as default. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] canAssign = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] inherits = {};

    @Column(nullable = false)
    public String scope = "system";

    public String pluginName;

    @Column(nullable = false)
    public boolean isSystem;
}
