package io.naap.db.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Nested writes: a record about to be written points to related records (a task to its project). Where the client's
 * extensions intercept or scope the related model, each related record is read within the model's declared scopes
 * (without running its interceptors), so a record the client does not see (another team's project) cannot be
 * connected: {@code NOT_FOUND} naming the related model. Without extensions this costs nothing.
 */
final class NestedWrites {

    private final DataClient client;
    private final ModelSpec model;
    private final Extensions extensions;
    private final Function<Object, Object> identifier;

    NestedWrites(DataClient client, ModelSpec model, Extensions extensions, Function<Object, Object> identifier) {
        this.client = client;
        this.model = model;
        this.extensions = extensions;
        this.identifier = identifier;
    }

    /** Reads every record {@code record} points to within the related model's declared scopes. */
    void visit(Object record) {
        if (!extensions.isEmpty()) {
            connections(record).forEach(this::visit);
        }
    }

    /** As {@link #visit(Object)}, for the relations that changed since {@code before} ({@link #connections}). */
    void visitChanged(Object record, Map<String, Object> before) {
        if (extensions.isEmpty()) {
            return;
        }
        connections(record).forEach((relation, id) -> {
            if (!id.equals(before.get(relation))) {
                visit(relation, id);
            }
        });
    }

    /** The ids of the records {@code record}'s to-one relations point to, by relation (none without extensions). */
    Map<String, Object> connections(Object record) {
        if (extensions.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> ids = new LinkedHashMap<>();
        for (ModelSpec.FieldSpec field : model.fields()) {
            if (field.kind() == ModelSpec.Kind.TO_ONE) {
                Object related = Records.get(record, field.name());
                if (related != null) {
                    ids.put(field.name(), identifier.apply(related));
                }
            }
        }
        return ids;
    }

    private void visit(String relation, Object id) {
        ModelSpec target = model.related(relation);
        if (!extensions.of(target.entityClass()).interceptors().isEmpty()) {
            client.model(target.entityClass()).requireVisible(id);
        }
    }
}
