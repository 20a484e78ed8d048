package dev.numaadvisor.adapter.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain YAML-shaped values (maps, lists, scalars) made immutable all the way down, map order
 * kept: pasted documents a session keeps as written (a KubeletConfiguration, a checkpoint).
 */
public final class YamlValues {
    private YamlValues() {
    }

    public static Object frozen(Object value) {
        if (value instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), frozen(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            ((List<?>) value).forEach(v -> copy.add(frozen(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** A frozen mapping; an empty one when {@code value} is not a mapping. */
    public static Map<String, Object> frozenMap(Object value) {
        Object f = frozen(value);
        if (f instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) f).forEach((k, v) -> m.put(String.valueOf(k), v));
            return Collections.unmodifiableMap(m);
        }
        return Map.of();
    }
}
