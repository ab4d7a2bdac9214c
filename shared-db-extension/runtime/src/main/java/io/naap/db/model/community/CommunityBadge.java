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

/** A badge; table {@code plugin_community."CommunityBadge"}. The five the forum awards are seeded by migration. */
@Unowned("the public forum: every user reads it; authorship is by profile, checked by its routes")
@Entity
@Table(schema = "plugin_community", name = "CommunityBadge", indexes = {
        @Index(name = "CommunityBadge_slug_idx", columnList = "slug") })
public class CommunityBadge extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String icon;

    @Column(nullable = false)
    public String color = "#6b7280";

    @Column(nullable = false)
    public String criteria;

    @Column(nullable = false)
    public int threshold = 1;

    /** Reputation awarded ({@code BADGE_EARNED}) when the badge is earned. */
    @Column(nullable = false)
    public int points;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, updatable = false, precision = 3)
    public Instant createdAt;
}
