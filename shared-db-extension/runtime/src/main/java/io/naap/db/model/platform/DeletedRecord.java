package io.naap.db.model.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.naap.db.data.ownership.Unowned;
import io.naap.db.model.support.UuidModel;

/**
 * A record that was soft-deleted (see {@code io.naap.db.data.extensions.SoftDelete}): the model and id of the
 * record, which itself stays stored. Platform core, table {@code public."DeletedRecord"}.
 */
@Unowned("a soft-delete marker, a model name and a record id: the record's own scope guards it")
@Entity
@Table(schema = "public", name = "DeletedRecord", uniqueConstraints = @UniqueConstraint(
        name = "DeletedRecord_model_recordId_key", columnNames = { "model", "recordId" }))
public class DeletedRecord extends UuidModel {

    @Column(nullable = false)
    public String model;

    @Column(nullable = false)
    public String recordId;

    public static DeletedRecord of(String model, Object recordId) {
        DeletedRecord deleted = new DeletedRecord();
        deleted.model = model;
        deleted.recordId = String.valueOf(recordId);
        return deleted;
    }
}
