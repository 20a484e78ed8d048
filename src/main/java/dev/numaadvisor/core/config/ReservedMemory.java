package dev.numaadvisor.core.config;

import dev.numaadvisor.core.model.Quantity;
import java.util.Map;
import java.util.TreeMap;

/** One {@code reservedMemory} entry: what is held back on one NUMA node, per resource. */
public record ReservedMemory(int numaNode, Map<String, Quantity> limits) {
    public ReservedMemory {
        limits = java.util.Collections.unmodifiableMap(new TreeMap<>(limits));
    }
}
