package io.naap.db.model.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

import io.naap.db.model.platform.User;
import io.naap.db.model.support.UuidModel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.naap.db.data.ownership.Unowned;

/**
 * One change of a profile's reputation; table {@code plugin_community."CommunityReputationLog"}. A reversal (a vote
 * removed, an acceptance moved) is a row with the negated points, so the ledger sums to the reputation.
 */
@Unowned("the public forum: every user reads it; authorship is by profile, checked by its routes")
@Entity
@Table(schema = "plugin_community", name = "CommunityReputationLog", indexes = {
        @Index(name = "CommunityReputationLog_profileId_idx", columnList = "profileId"),
        @Index(name = "CommunityReputationLog_createdAt_idx", columnList = "createdAt") })
public class CommunityReputationLog extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @Column(nullable = false)
    public String profileId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profileId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityReputationLog_profileId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityProfile profile;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public CommunityReputationAction action;

    @Column(nullable = false)
    public int points;

    public String sourceType;

    public String sourceId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, updatable = false, precision = 3)
    public Instant createdAt;
}
