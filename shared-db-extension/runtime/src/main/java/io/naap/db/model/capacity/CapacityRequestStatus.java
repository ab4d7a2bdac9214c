package io.naap.db.model.capacity;

import io.naap.db.model.support.EnumSchema;

/**
 * Lifecycle of a capacity request; PostgreSQL enum type {@code plugin_capacity."CapacityRequestStatus"}. Nothing sets
 * {@code EXPIRED}: an expired request is an {@code ACTIVE} one whose {@code validUntil} has passed.
 */
@EnumSchema("plugin_capacity")
public enum CapacityRequestStatus {
    ACTIVE, EXPIRED, FULFILLED, CANCELLED, CLOSED
}
