package io.naap.db.data;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.error.PlatformException;

/**
 * Records as JSON-ready maps, and JSON record data applied to entities, both through the model's {@link ModelSpec}.
 * Fields are read and written through the entities' accessors, so Hibernate tracks every change.
 */
public final class Records {

    /** Resolves a related record a write connects to (and may refuse it, e.g. another team's). */
    @FunctionalInterface
    public interface Connector {
        Object connect(String relation, ModelSpec target, Object id);
    }

    private Records() {
    }

    /** The record's scalar fields, in the model's field order (relations are read as rows of their own). */
    public static Map<String, Object> toMap(ModelSpec model, Object record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (FieldSpec field : model.fields()) {
            if (!field.kind().isRelation()) {
                map.put(field.name(), get(record, field.name()));
            }
        }
        return map;
    }

    /**
     * Sets the fields of {@code data} on {@code record}. Every field must exist and be writable; {@code serverOwned}
     * fields are refused too. A to-one relation is set by {@code {"connect": {"id": …}}} or by its foreign-key field
     * ({@code projectId}), resolved by {@code connector}. {@code path} names the data in errors.
     */
    public static void apply(ModelSpec model, JsonNode data, Object record, Set<String> serverOwned,
            Connector connector, String path) {
        if (data == null || !data.isObject()) {
            throw PlatformException.invalidField(path, "must be an object");
        }
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            String fieldPath = path + "." + name;
            FieldSpec field = model.field(name).orElseThrow(
                    () -> PlatformException.invalidField(fieldPath, "is not a field of " + model.name()));
            String relation = foreignKeyOf(model, field);
            if (relation != null && !serverOwned.contains(name)) {
                set(record, relation, connectTo(model, relation, value, connector, fieldPath));
            } else if (!field.writable() || serverOwned.contains(name)) {
                throw PlatformException.invalidField(fieldPath, "is set by the server and cannot be written");
            } else if (field.kind() == Kind.TO_MANY) {
                throw PlatformException.invalidField(fieldPath, "related records are written through their own model");
            } else if (field.kind() == Kind.TO_ONE) {
                JsonNode id = value.path("connect").path("id");
                if (!value.isObject() || value.size() != 1 || id.isMissingNode()) {
                    throw PlatformException.invalidField(fieldPath, "must be {\"connect\": {\"id\": …}}");
                }
                set(record, name, connectTo(model, name, id, connector, fieldPath + ".connect.id"));
            } else if (value.isNull()) {
                if (!field.nullable()) {
                    throw PlatformException.invalidField(fieldPath, "is required and cannot be null");
                }
                set(record, name, null);
            } else {
                set(record, name, JsonValues.toJava(field, value, fieldPath));
            }
        }
    }

    /** The Java value of {@code value} for {@code field}; {@code VALIDATION_ERROR} naming {@code path} otherwise. */
    public static Object value(FieldSpec field, JsonNode value, String path) {
        return JsonValues.toJava(field, value, path);
    }

    /** The to-one relation a read-only {@code <relation>Id} field mirrors, or null. */
    private static String foreignKeyOf(ModelSpec model, FieldSpec field) {
        if (field.writable() || field.id() || !field.name().endsWith("Id")) {
            return null;
        }
        String relation = field.name().substring(0, field.name().length() - 2);
        return model.field(relation).filter(r -> r.kind() == Kind.TO_ONE).map(FieldSpec::name).orElse(null);
    }

    private static Object connectTo(ModelSpec model, String relation, JsonNode id, Connector connector, String path) {
        ModelSpec target = model.related(relation);
        FieldSpec targetId = target.idField();
        if (id.isNull()) {
            throw PlatformException.invalidField(path, "is required and cannot be null");
        }
        return connector.connect(relation, target, JsonValues.toJava(targetId, id, path));
    }

    /** A field's value, through its getter when it has one. */
    public static Object get(Object record, String field) {
        Accessors accessors = accessors(record.getClass(), field);
        try {
            return accessors.getter() != null ? accessors.getter().invoke(record) : accessors.field().get(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + field + " of " + record.getClass().getName(), e);
        }
    }

    /** {@code record}, its {@code field} set to {@code value} ({@link #set}). */
    public static <R> R with(R record, String field, Object value) {
        set(record, field, value);
        return record;
    }

    /** Sets a field, through its setter when it has one (so Hibernate's dirty tracking sees it). */
    public static void set(Object record, String field, Object value) {
        Accessors accessors = accessors(record.getClass(), field);
        try {
            if (accessors.setter() != null) {
                accessors.setter().invoke(record, value);
            } else {
                accessors.field().set(record, value);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot write " + field + " of " + record.getClass().getName(), e);
        }
    }

    /** A field's accessor methods, and the field itself where one is missing. */
    private record Accessors(Method getter, Method setter, Field field) {
    }

    /** Found once per class and field: records are read and written field by field on every request. */
    private static final ClassValue<Map<String, Accessors>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Accessors> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static Accessors accessors(Class<?> type, String field) {
        return ACCESSORS.get(type).computeIfAbsent(field, name -> {
            Method getter = accessor(type, "get", name, 0);
            Method setter = accessor(type, "set", name, 1);
            Field javaField = null;
            if (getter == null || setter == null) {
                javaField = ModelSpec.javaField(type, name);
                javaField.setAccessible(true);
            }
            return new Accessors(getter, setter, javaField);
        });
    }

    private static Method accessor(Class<?> type, String prefix, String field, int parameters) {
        String name = prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == parameters) {
                return method;
            }
        }
        return null;
    }
}
