package io.naap.db.data;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record as a map of its fields (the JSON shape of a record), with the computed fields of the client's extensions
 * whose needs it holds. A computed field is computed when it is first read (by {@code get}, or by serialisation
 * iterating the entries) and then kept; one whose needs were not read with the record is absent.
 */
public final class Row extends AbstractMap<String, Object> {

    private final Map<String, Object> values;
    private final Map<String, Extensions.Named<Extension.Computed>> computed;
    private final Map<String, Object> cache = new HashMap<>();

    Row(Map<String, Object> values, Map<String, Extensions.Named<Extension.Computed>> available) {
        this.values = new LinkedHashMap<>(values);
        this.computed = new LinkedHashMap<>();
        available.forEach((name, field) -> {
            if (!values.containsKey(name) && values.keySet().containsAll(field.part().needs())) {
                computed.put(name, field);
            }
        });
    }

    /** Sets a stored (not computed) field, e.g. an included relation. */
    @Override
    public Object put(String key, Object value) {
        return values.put(key, value);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key) || computed.containsKey(key);
    }

    @Override
    public Object get(Object key) {
        if (values.containsKey(key)) {
            return values.get(key);
        }
        Extensions.Named<Extension.Computed> field = computed.get(key);
        if (field == null) {
            return null;
        }
        if (!cache.containsKey(key)) {
            cache.put((String) key, Extensions.compute((String) key, field, values::get));
        }
        return cache.get(key);
    }

    /** The names of the computed fields this row has. */
    public Set<String> computedFields() {
        return java.util.Collections.unmodifiableSet(computed.keySet());
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<String> keys = List.copyOf(keys()).iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        String key = keys.next();
                        return new SimpleImmutableEntry<>(key, get(key));
                    }
                };
            }

            @Override
            public int size() {
                return values.size() + computed.size();
            }
        };
    }

    private List<String> keys() {
        List<String> keys = new java.util.ArrayList<>(values.keySet());
        keys.addAll(computed.keySet());
        return keys;
    }
}
