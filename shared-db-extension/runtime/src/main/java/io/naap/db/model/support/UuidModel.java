package io.naap.db.model.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The shape most platform models share with Prisma's {@code @id @default(uuid())}, {@code createdAt @default(now())}
 * and {@code updatedAt @updatedAt}: the application generates the id and sets both timestamps, at the column's
 * millisecond precision, so a record reads back exactly as it was returned.
 */
@MappedSuperclass
public abstract class UuidModel extends PanacheEntityBase {

    /** The longest free text (a description, a comment) a model accepts, as the platform's request schemas. */
    public static final int MAX_TEXT = 10_000;

    /** A random UUID unless the caller chose one (an upsert's key, an imported record). */
    @Id
    @Column(nullable = false, updatable = false)
    public String id;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, updatable = false, precision = 3)
    public Instant createdAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(nullable = false, precision = 3)
    public Instant updatedAt;

    /** Runs before an insert; the data API also calls it for inserts that bypass the persistence context. */
    @PrePersist
    public void stampCreation() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        Instant now = now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
    }

    /** The current instant at the precision of {@code TIMESTAMP(3)}. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
