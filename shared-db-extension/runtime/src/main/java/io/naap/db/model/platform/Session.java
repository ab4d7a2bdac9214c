package io.naap.db.model.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A sign-in session issued by the platform's shell; table {@code public."Session"}. The opaque token reaches plugin
 * services as the {@code naap_auth_token} cookie or a Bearer header; the row stores its HMAC ({@code tokenHash}),
 * legacy rows the token itself. Plugin services only read it.
 */
@Entity
@Table(schema = "public", name = "Session", indexes = {
        @Index(name = "Session_userId_idx", columnList = "userId"),
        @Index(name = "Session_token_idx", columnList = "token"),
        @Index(name = "Session_tokenHash_idx", columnList = "tokenHash"),
        @Index(name = "Session_expiresAt_idx", columnList = "expiresAt") })
public class Session extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @Column(nullable = false)
    public String userId;

    @Column(nullable = false, unique = true)
    public String token;

    @Column(unique = true)
    public String tokenHash;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant expiresAt;

    /** The user's sessionVersion when the session was issued. */
    @Column(nullable = false)
    public int versionAtCreation;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant createdAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant lastUsedAt;
}
