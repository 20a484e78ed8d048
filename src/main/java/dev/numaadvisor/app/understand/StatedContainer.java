package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Quantity;
import java.util.Map;
import java.util.TreeMap;

/**
 * One container as described: requests and limits as said ({@code limitsStated} false when
 * nothing was said about limits, so the QoS the person named, or Guaranteed, decides them).
 */
public record StatedContainer(String name, Map<String, Quantity> requests, Map<String, Quantity> limits,
                              boolean limitsStated) {
    public StatedContainer {
        requests = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(requests));
        limits = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(limits));
    }

    public boolean isEmpty() {
        return requests.isEmpty() && limits.isEmpty();
    }
}
