package io.naap.db.data;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;

/**
 * What the data API knows of a model: its name and its fields, read once from the entity's JPA mapping. Filters,
 * orderings and record data given as JSON are validated against it, so an unknown field or a value of the wrong type
 * is a {@code VALIDATION_ERROR} naming the field, never a query error.
 */
public final class ModelSpec {

    /** The kinds of value a field holds, as the data API validates them. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, DATE_TIME, ENUM, TO_ONE, TO_MANY, OTHER;

        public boolean isRelation() {
            return this == TO_ONE || this == TO_MANY;
        }
    }

    /**
     * One field. {@code writable} is false for fields a client can never set: the id, the timestamps and read-only
     * mirrors of foreign keys; {@code insertable} is false for those mirrors and for to-many relations only.
     */
    public record FieldSpec(String name, Kind kind, Class<?> type, boolean nullable, boolean id, boolean writable,
            boolean insertable) {
    }

    private static final Map<Class<?>, ModelSpec> CACHE = new ConcurrentHashMap<>();
    private static final List<String> SERVER_OWNED = List.of("createdAt", "updatedAt");

    private final String name;
    private final Class<?> entityClass;
    private final Map<String, FieldSpec> fields;
    /** Related models by relation field, looked up once (queries ask on every call). */
    private final Map<String, ModelSpec> related = new ConcurrentHashMap<>();

    private ModelSpec(String name, Class<?> entityClass, Map<String, FieldSpec> fields) {
        this.name = name;
        this.entityClass = entityClass;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** The spec of an entity class ({@code TrackerTask.class}). */
    public static ModelSpec of(Class<?> entityClass) {
        return CACHE.computeIfAbsent(entityClass, ModelSpec::read);
    }

    public String name() {
        return name;
    }

    public Class<?> entityClass() {
        return entityClass;
    }

    public Collection<FieldSpec> fields() {
        return fields.values();
    }

    public Optional<FieldSpec> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** The scalar field {@code field}, or a {@code VALIDATION_ERROR} at {@code context.field}. */
    public FieldSpec scalar(String field, String context) {
        FieldSpec spec = field(field).orElseThrow(() -> io.naap.db.error.PlatformException.invalidField(
                context + "." + field, "is not a field of " + name));
        if (spec.kind().isRelation()) {
            throw io.naap.db.error.PlatformException.invalidField(context + "." + field, "is a relation, not a value");
        }
        return spec;
    }

    /** The id field ({@code @Id}). */
    public FieldSpec idField() {
        return fields.values().stream().filter(FieldSpec::id).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " has no @Id field"));
    }

    /** The model a relation field points to. */
    public ModelSpec related(String relationField) {
        return related.computeIfAbsent(relationField, name -> {
            Field field = javaField(entityClass, name);
            Class<?> target = field.getType();
            if (Collection.class.isAssignableFrom(target)) {
                target = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            }
            return of(target);
        });
    }

    /** The field of the related model that owns a to-many relation ({@code mappedBy}), e.g. {@code project}. */
    public String mappedBy(String toManyField) {
        OneToMany oneToMany = javaField(entityClass, toManyField).getAnnotation(OneToMany.class);
        if (oneToMany == null || oneToMany.mappedBy().isEmpty()) {
            throw new IllegalArgumentException(name + "." + toManyField + " is not a to-many relation with mappedBy");
        }
        return oneToMany.mappedBy();
    }

    /** The order of a to-many relation's records, from its {@code @OrderBy} ({@code "createdAt DESC"}); none if absent. */
    public List<OrderBy> collectionOrder(String toManyField) {
        jakarta.persistence.OrderBy order = javaField(entityClass, toManyField).getAnnotation(jakarta.persistence.OrderBy.class);
        if (order == null) {
            return List.of();
        }
        ModelSpec target = related(toManyField);
        if (order.value().isBlank()) {
            return List.of(OrderBy.asc(target.idField().name()));
        }
        List<OrderBy> orders = new ArrayList<>();
        for (String key : order.value().split(",")) {
            String[] parts = key.trim().split("\\s+");
            orders.add(new OrderBy(parts[0], parts.length > 1 && parts[1].equalsIgnoreCase("DESC")));
        }
        return orders;
    }

    private static ModelSpec read(Class<?> entityClass) {
        Entity entity = entityClass.getAnnotation(Entity.class);
        if (entity == null) {
            throw new IllegalArgumentException(entityClass.getName() + " is not an entity");
        }
        String name = entity.name().isEmpty() ? entityClass.getSimpleName() : entity.name();
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        for (Field field : persistentFields(entityClass)) {
            fields.put(field.getName(), spec(field));
        }
        return new ModelSpec(name, entityClass, fields);
    }

    /** Persistent fields, the superclasses' first (id and timestamps lead, as in the JSON a record becomes). */
    private static List<Field> persistentFields(Class<?> type) {
        List<Field> result = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            result.addAll(persistentFields(type.getSuperclass()));
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                    && !field.isAnnotationPresent(Transient.class) && !field.getName().startsWith("$$")) {
                result.add(field);
            }
        }
        return result;
    }

    private static FieldSpec spec(Field field) {
        Class<?> type = field.getType();
        Kind kind = kind(field);
        boolean id = field.isAnnotationPresent(Id.class);
        Column column = field.getAnnotation(Column.class);
        boolean nullable = !type.isPrimitive() && !id && (column == null || column.nullable());
        if (kind == Kind.TO_ONE) {
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            ManyToOne manyToOne = field.getAnnotation(ManyToOne.class);
            nullable = (join == null || join.nullable()) && (manyToOne == null || manyToOne.optional());
        }
        boolean readOnly = column != null && !column.insertable() && !column.updatable();
        boolean writable = !id && !readOnly && !SERVER_OWNED.contains(field.getName());
        return new FieldSpec(field.getName(), kind, type, nullable, id, writable, !readOnly && kind != Kind.TO_MANY);
    }

    private static Kind kind(Field field) {
        if (field.isAnnotationPresent(OneToMany.class)) {
            return Kind.TO_MANY;
        }
        if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
            return Kind.TO_ONE;
        }
        Class<?> type = field.getType();
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return Kind.INTEGER;
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == Instant.class || type == LocalDateTime.class || type == LocalDate.class) {
            return Kind.DATE_TIME;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        return Kind.OTHER;
    }

    /** The Java field {@code name} of {@code type} or of a superclass. */
    static Field javaField(Class<?> type, String name) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            try {
                return t.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no field " + name);
    }
}
