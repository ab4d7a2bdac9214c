package io.naap.db.model.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.naap.db.model.support.UuidModel;

/** A team, owned by one user ({@code ownerId}); table {@code public."Team"}. Plugin services only read it. */
@Entity
@Table(schema = "public", name = "Team", indexes = {
        @Index(name = "Team_ownerId_idx", columnList = "ownerId"),
        @Index(name = "Team_billingAccountProviderSlug_idx", columnList = "billingAccountProviderSlug") })
public class Team extends UuidModel {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true)
    public String slug;

    public String description;

    public String avatarUrl;

    @Column(nullable = false)
    public String ownerId;

    public String billingAccountProviderSlug;

    public String billingAccountId;
}
