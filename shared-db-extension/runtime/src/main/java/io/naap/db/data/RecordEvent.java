package io.naap.db.data;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A change to a record, with the data API blueprint's payloads: {@code record.created} (model, id, created_at),
 * {@code record.updated} (model, id, updated_at), {@code record.deleted} (model, id, deleted_at) and
 * {@code record.upserted} (model, id, created). CDI observers receive it only after the transaction commits.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordEvent(String type, String model, String id,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") Instant deletedAt,
        Boolean created) {

    public static final String CREATED = "record.created";
    public static final String UPDATED = "record.updated";
    public static final String DELETED = "record.deleted";
    public static final String UPSERTED = "record.upserted";

    static RecordEvent created(String model, String id, Instant at) {
        return new RecordEvent(CREATED, model, id, at, null, null, null);
    }

    static RecordEvent updated(String model, String id, Instant at) {
        return new RecordEvent(UPDATED, model, id, null, at, null, null);
    }

    static RecordEvent deleted(String model, String id, Instant at) {
        return new RecordEvent(DELETED, model, id, null, null, at, null);
    }

    static RecordEvent upserted(String model, String id, boolean created) {
        return new RecordEvent(UPSERTED, model, id, null, null, null, created);
    }
}
