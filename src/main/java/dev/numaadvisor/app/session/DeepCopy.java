package dev.numaadvisor.app.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep copies of YAML-shaped values (maps, lists, scalars); keeps map order. */
final class DeepCopy {
    private DeepCopy() {
    }

    static Object of(Object value) {
        if (value instanceof Map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> copy.put(k, of(v)));
            return copy;
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            ((List<?>) value).forEach(v -> copy.add(of(v)));
            return copy;
        }
        return value;
    }
}
