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
import io.naap.db.data.ownership.UserOwned;

/**
 * A user's community profile (reputation, level, ban); table {@code plugin_community."CommunityProfile"}. One per
 * user, deleted with the user ({@code public."User"}). Created on the user's first write.
 */
@UserOwned(field = "userId", readableByAll = true)
@Entity
@Table(schema = "plugin_community", name = "CommunityProfile", indexes = {
        @Index(name = "CommunityProfile_reputation_idx", columnList = "reputation") })
public class CommunityProfile extends UuidModel {

    @Column(nullable = false, unique = true)
    public String userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "userId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityProfile_userId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public User user;

    public String bio;

    /** The sum of the points of the profile's ledger ({@link CommunityReputationLog}). */
    @Column(nullable = false)
    public int reputation;

    /** 1 to 6, from {@link #reputation} by the thresholds 0, 50, 200, 500, 1000, 2500. */
    @Column(nullable = false)
    public int level = 1;

    @Column(nullable = false)
    public boolean isBanned;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(precision = 3)
    public Instant bannedAt;

    public String bannedReason;
}
