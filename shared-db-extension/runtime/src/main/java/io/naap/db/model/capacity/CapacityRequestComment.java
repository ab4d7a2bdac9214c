package io.naap.db.model.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import io.naap.db.model.support.UuidModel;
import io.naap.db.data.ownership.Unowned;

/** A comment on a request; table {@code plugin_capacity."CapacityRequestComment"}. */
@Unowned("comments of the public request board, readable by every user")
@Entity
@Table(schema = "plugin_capacity", name = "CapacityRequestComment", indexes = {
        @Index(name = "CapacityRequestComment_requestId_idx", columnList = "requestId"),
        @Index(name = "CapacityRequestComment_createdAt_idx", columnList = "createdAt") })
public class CapacityRequestComment extends UuidModel {

    public static final int MAX_TEXT = 10_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requestId", nullable = false,
            foreignKey = @ForeignKey(name = "CapacityRequestComment_requestId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CapacityRequest request;

    /** The owning request's id, readable without loading the request. */
    @Column(name = "requestId", insertable = false, updatable = false)
    public String requestId;

    @NotNull
    @Size(min = 1, max = CapacityRequest.MAX_NAME)
    @Column(nullable = false)
    public String author;

    @NotNull
    @Size(min = 1, max = MAX_TEXT)
    @Column(nullable = false)
    public String text;

    @PrePersist
    @PreUpdate
    void mirrorRequestId() {
        if (request != null) {
            requestId = request.id;
        }
    }
}
