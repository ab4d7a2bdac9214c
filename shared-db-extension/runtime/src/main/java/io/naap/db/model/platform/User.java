package io.naap.db.model.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.naap.db.model.support.UuidModel;

/**
 * A user of the platform; table {@code public."User"}, as the original platform's Prisma schema creates it. Platform
 * core: plugin services read it (authentication), only the platform's shell writes it.
 */
@Entity
@Table(schema = "public", name = "User")
public class User extends UuidModel {

    @Column(unique = true)
    public String email;

    public String passwordHash;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(precision = 3)
    public Instant emailVerified;

    /** A wallet address, for users who sign in with one. */
    @Column(unique = true)
    public String address;

    public String displayName;

    public String avatarUrl;

    public String bio;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(precision = 3)
    public Instant lockedUntil;

    /** Set while the user is suspended: none of their sessions is accepted. */
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(precision = 3)
    public Instant suspendedAt;

    public String suspendedReason;

    /** Bumped to revoke every session at once: a session is valid only while its versionAtCreation equals it. */
    @Column(nullable = false)
    public int sessionVersion;

    @Column(nullable = false)
    public boolean passwordResetRequired;
}
