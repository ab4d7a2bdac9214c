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
 * One profile's vote on a post or a comment; table {@code plugin_community."CommunityVote"}. At most one per profile
 * and target (the unique constraint, which concurrent votes meet as well).
 */
@Unowned("the public forum: every user reads it; authorship is by profile, checked by its routes")
@Entity
@Table(schema = "plugin_community", name = "CommunityVote", uniqueConstraints = {
        @UniqueConstraint(name = "CommunityVote_profileId_targetType_targetId_key",
                columnNames = { "profileId", "targetType", "targetId" }) }, indexes = {
        @Index(name = "CommunityVote_targetType_targetId_idx", columnList = "targetType, targetId") })
public class CommunityVote extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @Column(nullable = false)
    public String profileId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profileId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityVote_profileId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityProfile profile;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public CommunityVoteTarget targetType;

    @Column(nullable = false)
    public String targetId;

    @Column(nullable = false)
    public int value = 1;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, updatable = false, precision = 3)
    public Instant createdAt;

    public String postId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "postId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityVote_postId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityPost post;

    public String commentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commentId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityVote_commentId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityComment comment;

    @PrePersist
    void stamp() {
        id = id == null ? java.util.UUID.randomUUID().toString() : id;
        createdAt = createdAt == null ? UuidModel.now() : createdAt;
    }
}
