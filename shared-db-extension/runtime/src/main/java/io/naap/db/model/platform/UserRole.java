package io.naap.db.model.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A role granted to a user; table {@code public."UserRole"}. Plugin services only read it. */
@Entity
@Table(schema = "public", name = "UserRole", uniqueConstraints = @UniqueConstraint(
        name = "UserRole_userId_roleId_key", columnNames = { "userId", "roleId" }), indexes = {
                @Index(name = "UserRole_userId_idx", columnList = "userId") })
public class UserRole extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @Column(nullable = false)
    public String userId;

    @Column(nullable = false)
    public String roleId;

    public String grantedBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant grantedAt;
}
