package io.naap.db.rest.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.db.data.ModelSpec;
import io.naap.db.data.OrderBy;
import io.naap.db.error.PlatformException;

/**
 * Reads Prisma's {@code orderBy}: {@code {"createdAt": "desc"}} or a list of such objects; for a {@code groupBy},
 * also aggregates: {@code {"_count": "desc"}}, {@code {"points": {"_avg": "asc"}}}.
 */
final class OrderParser {

    private static final int MAX_KEYS = 5;

    private OrderParser() {
    }

    /** An ordering on scalar fields of {@code model}. */
    static List<OrderBy> parse(ModelSpec model, JsonNode node) {
        List<OrderBy> orders = keys(node, (key, value) -> {
            String path = "orderBy." + key;
            ModelSpec.FieldSpec field = model.field(key).orElseThrow(
                    () -> PlatformException.invalidField(path, "is not a field of " + model.name()));
            if (field.kind().isRelation()) {
                throw PlatformException.invalidField(path, "is a relation, not a value");
            }
            return new OrderBy(field.name(), descending(value, path));
        });
        return orders;
    }

    /** An ordering of groups, keyed as {@code groupBy} expects; the data API validates the keys. */
    static List<OrderBy> parseGroupOrder(JsonNode node) {
        return keys(node, (key, value) -> {
            if (value.isObject() && value.size() == 1) {
                Map.Entry<String, JsonNode> aggregate = value.properties().iterator().next();
                return new OrderBy(aggregate.getKey() + "." + key,
                        descending(aggregate.getValue(), "orderBy." + key + "." + aggregate.getKey()));
            }
            return new OrderBy(key, descending(value, "orderBy." + key));
        });
    }

    private interface Key {
        OrderBy read(String key, JsonNode value);
    }

    private static List<OrderBy> keys(JsonNode node, Key key) {
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
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                orders.add(key.read(entry.getKey(), entry.getValue()));
            }
            if (orders.size() > MAX_KEYS) {
                throw PlatformException.invalidField("orderBy", "has more than " + MAX_KEYS + " keys");
            }
        }
        return orders;
    }

    private static boolean descending(JsonNode value, String path) {
        String direction = value.isTextual() ? value.textValue() : "";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw PlatformException.invalidField(path, "must be asc or desc");
        }
        return direction.equals("desc");
    }
}
