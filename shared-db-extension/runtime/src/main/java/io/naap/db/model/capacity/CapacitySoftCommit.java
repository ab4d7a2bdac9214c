package io.naap.db.model.capacity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

import io.naap.db.model.support.UuidModel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.naap.db.data.ownership.UserOwned;

/**
 * A user's soft commitment of GPUs to a request, at most one per (request, user); table
 * {@code plugin_capacity."CapacitySoftCommit"}. It has no {@code updatedAt}: an update keeps {@code createdAt}.
 */
@UserOwned(field = "userId", readableByAll = true)
@Entity
@Table(schema = "plugin_capacity", name = "CapacitySoftCommit", uniqueConstraints = @UniqueConstraint(
        name = "CapacitySoftCommit_requestId_userId_key", columnNames = { "requestId", "userId" }), indexes = {
                @Index(name = "CapacitySoftCommit_requestId_idx", columnList = "requestId"),
                @Index(name = "CapacitySoftCommit_userId_idx", columnList = "userId") })
public class CapacitySoftCommit extends PanacheEntityBase {

    public static final int MAX_GPU_COUNT = 999;

    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requestId", nullable = false,
            foreignKey = @ForeignKey(name = "CapacitySoftCommit_requestId_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    public CapacityRequest request;

    /** The owning request's id, readable without loading the request. */
    @Column(name = "requestId", insertable = false, updatable = false)
    public String requestId;

    @NotNull
    @Size(min = 1, max = CapacityRequest.MAX_NAME)
    @Column(nullable = false)
    public String userId;

    @NotNull
    @Size(min = 1, max = CapacityRequest.MAX_NAME)
    @Column(nullable = false)
    public String userName;

    @Min(1)
    @Max(MAX_GPU_COUNT)
    @Column(nullable = false)
    public int gpuCount = 1;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, updatable = false, precision = 3)
    public Instant createdAt;

    @PrePersist
    void stampCreation() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        if (createdAt == null) {
            createdAt = UuidModel.now();
        }
        mirrorRequestId();
    }

    @PreUpdate
    void mirrorRequestId() {
        if (request != null) {
            requestId = request.id;
        }
    }
}
