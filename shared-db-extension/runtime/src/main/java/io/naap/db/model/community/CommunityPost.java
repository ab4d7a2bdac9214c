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

/** A forum post; table {@code plugin_community."CommunityPost"}, deleted with its author's profile. */
@Unowned("the public forum: every user reads it; authorship is by profile, checked by its routes")
@Entity
@Table(schema = "plugin_community", name = "CommunityPost", indexes = {
        @Index(name = "CommunityPost_authorId_idx", columnList = "authorId"),
        @Index(name = "CommunityPost_category_idx", columnList = "category"),
        @Index(name = "CommunityPost_postType_idx", columnList = "postType"),
        @Index(name = "CommunityPost_isSolved_idx", columnList = "isSolved"),
        @Index(name = "CommunityPost_createdAt_idx", columnList = "createdAt"),
        @Index(name = "CommunityPost_upvotes_idx", columnList = "upvotes") })
public class CommunityPost extends UuidModel {

    @Column(nullable = false)
    public String authorId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authorId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityPost_authorId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityProfile author;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public CommunityPostType postType = CommunityPostType.DISCUSSION;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public CommunityCategory category = CommunityCategory.GENERAL;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public CommunityPostStatus status = CommunityPostStatus.OPEN;

    /** The number of votes on the post. */
    @Column(nullable = false)
    public int upvotes;

    @Column(nullable = false)
    public int viewCount;

    /** The number of the post's comments. */
    @Column(nullable = false)
    public int commentCount;

    @Column(nullable = false)
    public boolean isSolved;

    /** The accepted comment's id (no foreign key, as in the original). */
    public String acceptedAnswerId;

    @Column(nullable = false)
    public boolean isPinned;
}
