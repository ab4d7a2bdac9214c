package io.naap.db.deployment.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.smallrye.config.common.MapBackedConfigSource;

/**
 * A YAML configuration file as the dotted keys SmallRye Config gives it ({@code quarkus: datasource: jdbc: url} is
 * {@code quarkus.datasource.jdbc.url}; a list item {@code key[0]}), so the rules see a service's YAML as its
 * properties.
 */
public final class YamlKeys extends MapBackedConfigSource {

    public YamlKeys(String yaml) {
        super("YamlKeys", flatten(yaml));
    }

    private static Map<String, String> flatten(String yaml) {
        Map<String, String> keys = new TreeMap<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            add(keys, "", document);
        }
        return keys;
    }

    private static void add(Map<String, String> keys, String prefix, Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> add(keys, prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                add(keys, prefix + "[" + i + "]", list.get(i));
            }
        } else if (!prefix.isEmpty()) {
            keys.put(prefix, node == null ? "" : String.valueOf(node));
        }
    }
}
