package io.naap.db.model.tracker;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.naap.db.model.support.UuidModel;
import io.naap.db.data.ownership.TeamOwned;

/** A project of a team; table {@code plugin_tracker."TrackerProject"}. */
@TeamOwned(field = "teamId", owner = "ownerId")
@Entity
@Table(schema = "plugin_tracker", name = "TrackerProject", indexes = {
        @Index(name = "TrackerProject_teamId_status_idx", columnList = "teamId, status"),
        @Index(name = "TrackerProject_ownerId_idx", columnList = "ownerId") })
public class TrackerProject extends UuidModel {

    @NotNull
    @Size(min = 1, max = 200)
    @Column(nullable = false)
    public String name;

    @Size(max = UuidModel.MAX_TEXT)
    public String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public TrackerProjectStatus status = TrackerProjectStatus.ACTIVE;

    @Column(nullable = false)
    public String ownerId;

    @Column(nullable = false)
    public String teamId;

    /** Newest first, as the project detail shows them; the database deletes them with the project. */
    @OneToMany(mappedBy = "project")
    @OrderBy("createdAt DESC")
    public List<TrackerTask> tasks = new ArrayList<>();
}
