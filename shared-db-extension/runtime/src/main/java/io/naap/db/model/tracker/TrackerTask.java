package io.naap.db.model.tracker;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

import io.naap.db.model.support.UuidModel;
import io.naap.db.data.ownership.TeamOwned;

/** A task of a project; table {@code plugin_tracker."TrackerTask"}. */
@TeamOwned(through = "project")
@Entity
@Table(schema = "plugin_tracker", name = "TrackerTask", indexes = {
        @Index(name = "TrackerTask_projectId_status_idx", columnList = "projectId, status"),
        @Index(name = "TrackerTask_assigneeId_idx", columnList = "assigneeId") })
public class TrackerTask extends UuidModel {

    @NotNull
    @Size(min = 1, max = 500)
    @Column(nullable = false)
    public String title;

    @Size(max = UuidModel.MAX_TEXT)
    public String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public TrackerTaskStatus status = TrackerTaskStatus.TODO;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public TrackerTaskPriority priority = TrackerTaskPriority.MEDIUM;

    public String assigneeId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(precision = 3)
    public Instant dueDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "projectId", nullable = false, foreignKey = @ForeignKey(name = "TrackerTask_projectId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public TrackerProject project;

    /** The owning project's id, readable without loading the project. */
    @Column(name = "projectId", insertable = false, updatable = false)
    public String projectId;

    /** Keeps {@link #projectId} in step with {@link #project}, however the task was given its project. */
    @PrePersist
    @PreUpdate
    void mirrorProjectId() {
        if (project != null) {
            projectId = project.id;
        }
    }
}
