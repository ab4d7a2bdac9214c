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

/** A user's membership of a team; table {@code public."TeamMember"}. Plugin services only read it. */
@Entity
@Table(schema = "public", name = "TeamMember", uniqueConstraints = @UniqueConstraint(
        name = "TeamMember_teamId_userId_key", columnNames = { "teamId", "userId" }), indexes = {
                @Index(name = "TeamMember_userId_idx", columnList = "userId"),
                @Index(name = "TeamMember_teamId_idx", columnList = "teamId"),
                @Index(name = "TeamMember_teamId_role_idx", columnList = "teamId, role") })
public class TeamMember extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @Column(nullable = false)
    public String teamId;

    @Column(nullable = false)
    public String userId;

    /** {@code member} by default; the team's own roles ({@code admin}, …) are the platform's business. */
    @Column(nullable = false)
    public String role = "member";

    public String invitedBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant joinedAt;
}
