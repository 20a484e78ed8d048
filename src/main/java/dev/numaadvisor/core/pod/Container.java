package dev.numaadvisor.core.pod;

import dev.numaadvisor.core.model.Quantity;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's name and resources after API defaulting (a limit without a request makes the
 * request equal to the limit). {@code restartPolicyAlways} marks a restartable init container
 * (a sidecar).
 */
public record Container(String name, Map<String, Quantity> requests, Map<String, Quantity> limits,
                        boolean restartPolicyAlways) {
    public Container {
        TreeMap<String, Quantity> req = new TreeMap<>(requests);
        limits.forEach(req::putIfAbsent);
        requests = java.util.Collections.unmodifiableMap(req);
        limits = java.util.Collections.unmodifiableMap(new TreeMap<>(limits));
    }

    public Quantity request(String resource) {
        return requests.get(resource);
    }

    /** Request in whole units rounded up, 0 when absent. */
    public long requestValue(String resource) {
        Quantity q = requests.get(resource);
        return q == null ? 0 : q.value();
    }
}
