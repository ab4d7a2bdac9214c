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

/** A comment (an answer, for questions) on a post; table {@code plugin_community."CommunityComment"}. */
@Unowned("the public forum: every user reads it; authorship is by profile, checked by its routes")
@Entity
@Table(schema = "plugin_community", name = "CommunityComment", indexes = {
        @Index(name = "CommunityComment_postId_idx", columnList = "postId"),
        @Index(name = "CommunityComment_authorId_idx", columnList = "authorId"),
        @Index(name = "CommunityComment_isAccepted_idx", columnList = "isAccepted") })
public class CommunityComment extends UuidModel {

    @Column(nullable = false)
    public String postId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "postId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityComment_postId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityPost post;

    @Column(nullable = false)
    public String authorId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authorId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityComment_authorId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityProfile author;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public int upvotes;

    @Column(nullable = false)
    public boolean isAccepted;
}
