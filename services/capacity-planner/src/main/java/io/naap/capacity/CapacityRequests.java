package io.naap.capacity;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import io.naap.db.model.capacity.CapacityRequest;
import io.naap.db.model.capacity.CapacityRequestStatus;
import io.naap.db.model.capacity.CapacitySoftCommit;

/**
 * Request bodies of the capacity routes, with the rules that belong to a route (what is required, what a field may
 * be sent as); the record's invariants (ranges, lengths, the window's order) are the entity's constraints. Fields a
 * client may not set (id, creatorId, status on create, timestamps) are not here.
 */
final class CapacityRequests {

    private CapacityRequests() {
    }

    /** {@code POST /requests}: the original's required fields, numbers as numbers or numeric strings. */
    record CreateRequest(
            @NotBlank @Size(max = CapacityRequest.MAX_NAME) String requesterName,
            @Size(max = CapacityRequest.MAX_NAME) String requesterAccount,
            @NotBlank @Size(max = CapacityRequest.MAX_NAME) String gpuModel,
            @NotNull @JsonDeserialize(using = Lenient.IntegerValue.class) Integer vram,
            @Size(max = CapacityRequest.MAX_NAME) String osVersion,
            @Size(max = CapacityRequest.MAX_NAME) String cudaVersion,
            @NotNull @JsonDeserialize(using = Lenient.IntegerValue.class) Integer count,
            @NotBlank @Size(max = CapacityRequest.MAX_NAME) String pipeline,
            @NotNull @JsonDeserialize(using = Lenient.DateValue.class) Instant startDate,
            @NotNull @JsonDeserialize(using = Lenient.DateValue.class) Instant endDate,
            @NotNull @JsonDeserialize(using = Lenient.DateValue.class) Instant validUntil,
            @NotNull @JsonDeserialize(using = Lenient.NumberValue.class) Double hourlyRate,
            @NotBlank @Size(max = CapacityRequest.MAX_REASON) String reason,
            @JsonDeserialize(using = Lenient.IntegerValue.class) Integer riskLevel) {
    }

    /**
     * {@code PATCH /requests/{id}}: every field optional; an absent or null field is left as it is (the original
     * skips empty strings for the text fields too). {@code status} is an upper-case constant, e.g. {@code CLOSED}.
     */
    record UpdateRequest(
            CapacityRequestStatus status,
            @Size(max = CapacityRequest.MAX_NAME) String gpuModel,
            @Size(max = CapacityRequest.MAX_NAME) String pipeline,
            @Size(max = CapacityRequest.MAX_REASON) String reason,
            @JsonDeserialize(using = Lenient.IntegerValue.class) Integer count,
            @JsonDeserialize(using = Lenient.NumberValue.class) Double hourlyRate,
            @JsonDeserialize(using = Lenient.IntegerValue.class) Integer riskLevel) {
    }

    /** {@code POST /requests/{id}/commit}: {@code gpuCount} 1..999 (1 when absent), or a withdrawal. */
    record CommitRequest(
            @Size(max = CapacityRequest.MAX_NAME) String userName,
            @Min(1) @Max(CapacitySoftCommit.MAX_GPU_COUNT) @JsonDeserialize(using = Lenient.IntegerValue.class)
            Integer gpuCount,
            Boolean withdraw) {
    }

    /** {@code POST /requests/{id}/comments}: {@code text} is required, {@code author} is the caller's choice. */
    record CommentRequest(
            @Size(max = CapacityRequest.MAX_NAME) String author,
            @NotBlank @Size(max = io.naap.db.model.capacity.CapacityRequestComment.MAX_TEXT) String text) {
    }
}
