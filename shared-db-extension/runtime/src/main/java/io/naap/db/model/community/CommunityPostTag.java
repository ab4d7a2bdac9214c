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

/** A post's tag; table {@code plugin_community."CommunityPostTag"}, one per post and tag. */
@Unowned("the public forum: every user reads it; authorship is by profile, checked by its routes")
@Entity
@Table(schema = "plugin_community", name = "CommunityPostTag", uniqueConstraints = {
        @UniqueConstraint(name = "CommunityPostTag_postId_tagId_key", columnNames = { "postId", "tagId" }) })
public class CommunityPostTag extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @Column(nullable = false)
    public String postId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "postId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityPostTag_postId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityPost post;

    @Column(nullable = false)
    public String tagId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tagId", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "CommunityPostTag_tagId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CommunityTag tag;

    @PrePersist
    void stamp() {
        id = id == null ? java.util.UUID.randomUUID().toString() : id;
    }
}
