package io.naap.db.rest.projection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.db.data.ModelSpec;
import io.naap.db.data.OrderBy;
import io.naap.db.error.PlatformException;

/** Reads Prisma's {@code orderBy}: {@code {"createdAt": "desc"}} or a list of such objects, on scalar fields. */
final class OrderParser {

    private static final int MAX_KEYS = 5;

    private OrderParser() {
    }

    static List<OrderBy> parse(ModelSpec model, JsonNode node) {
        List<OrderBy> orders = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return orders;
        }
        List<JsonNode> objects = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(objects::add);
        } else {
            objects.add(node);
        }
        for (JsonNode object : objects) {
            if (!object.isObject()) {
                throw PlatformException.invalidField("orderBy", "must be an object or a list of objects");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                String path = "orderBy." + entry.getKey();
                ModelSpec.FieldSpec field = model.field(entry.getKey()).orElseThrow(
                        () -> PlatformException.invalidField(path, "is not a field of " + model.name()));
                if (field.kind().isRelation()) {
                    throw PlatformException.invalidField(path, "is a relation, not a value");
                }
                String direction = entry.getValue().isTextual() ? entry.getValue().textValue() : "";
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw PlatformException.invalidField(path, "must be asc or desc");
                }
                orders.add(new OrderBy(field.name(), direction.equals("desc")));
            }
        }
        if (orders.size() > MAX_KEYS) {
            throw PlatformException.invalidField("orderBy", "has more than " + MAX_KEYS + " keys");
        }
        return orders;
    }
}
