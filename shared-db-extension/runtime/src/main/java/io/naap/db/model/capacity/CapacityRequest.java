package io.naap.db.model.capacity;

import java.time.Instant;
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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.naap.db.model.support.UuidModel;
import io.naap.db.data.ownership.Unowned;

/**
 * A request for GPU capacity; table {@code plugin_capacity."CapacityRequest"}. The Bean Validation constraints are
 * the record's invariants, whichever route writes it: positive integer counts, a rate that is not negative, a risk
 * level of 1 to 5, a window that does not end before it starts, bounded text.
 */
@Unowned("the public request board: every user reads it; its routes let only the creator or an admin change it")
@Entity
@Table(schema = "plugin_capacity", name = "CapacityRequest", indexes = {
        @Index(name = "CapacityRequest_gpuModel_idx", columnList = "gpuModel"),
        @Index(name = "CapacityRequest_pipeline_idx", columnList = "pipeline"),
        @Index(name = "CapacityRequest_status_idx", columnList = "status"),
        @Index(name = "CapacityRequest_validUntil_idx", columnList = "validUntil"),
        @Index(name = "CapacityRequest_createdAt_idx", columnList = "createdAt"),
        @Index(name = "CapacityRequest_riskLevel_idx", columnList = "riskLevel"),
        @Index(name = "CapacityRequest_creatorId_idx", columnList = "creatorId") })
@CapacityWindowOrdered
public class CapacityRequest extends UuidModel {

    /** Upper bound of the short text fields (names, models, versions, pipelines). */
    public static final int MAX_NAME = 200;
    /** Upper bound of {@code reason}. */
    public static final int MAX_REASON = 10_000;

    /** The user who created it; null on legacy rows, which only an admin may change. */
    @Size(max = MAX_NAME)
    public String creatorId;

    @NotNull
    @Size(min = 1, max = MAX_NAME)
    @Column(nullable = false)
    public String requesterName;

    @NotNull
    @Size(max = MAX_NAME)
    @Column(nullable = false)
    public String requesterAccount;

    @NotNull
    @Size(min = 1, max = MAX_NAME)
    @Column(nullable = false)
    public String gpuModel;

    @Min(1)
    @Column(nullable = false)
    public int vram;

    @NotNull
    @Size(min = 1, max = MAX_NAME)
    @Column(nullable = false)
    public String osVersion = "Any";

    @NotNull
    @Size(min = 1, max = MAX_NAME)
    @Column(nullable = false)
    public String cudaVersion = "Any";

    @Min(1)
    @Column(nullable = false)
    public int count;

    @NotNull
    @Size(min = 1, max = MAX_NAME)
    @Column(nullable = false)
    public String pipeline;

    @NotNull
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant startDate;

    @NotNull
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant endDate;

    @NotNull
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant validUntil;

    @DecimalMin("0")
    @Column(nullable = false)
    public double hourlyRate;

    @NotNull
    @Size(min = 1, max = MAX_REASON)
    @Column(nullable = false)
    public String reason;

    @Min(1)
    @Max(5)
    @Column(nullable = false)
    public int riskLevel = 3;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    public CapacityRequestStatus status = CapacityRequestStatus.ACTIVE;

    /** Newest first; the database deletes them with the request. */
    @OneToMany(mappedBy = "request")
    @OrderBy("createdAt DESC")
    public List<CapacitySoftCommit> softCommits = new ArrayList<>();

    /** Newest first; the database deletes them with the request. */
    @OneToMany(mappedBy = "request")
    @OrderBy("createdAt DESC")
    public List<CapacityRequestComment> comments = new ArrayList<>();
}
