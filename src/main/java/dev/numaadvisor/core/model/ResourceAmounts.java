package dev.numaadvisor.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts of the resources a node's fit check compares, in the units of the kubelet's messages:
 * cpu in millicores, memory in bytes, and each scalar resource (hugepages in bytes, extended
 * resources in devices) by name. Scalar resources of 0 are not stored. Immutable.
 */
public record ResourceAmounts(long cpuMillis, long memoryBytes, Map<String, Long> scalarResources) {
    public static final ResourceAmounts ZERO = new ResourceAmounts(0, 0, Map.of());

    public ResourceAmounts {
        // Most amounts have no scalar resource: no map to build for them (the fleet makes millions).
        scalarResources = scalarResources.isEmpty() ? Map.of() : nonZero(scalarResources);
    }

    private static Map<String, Long> nonZero(Map<String, Long> amounts) {
        TreeMap<String, Long> copy = new TreeMap<>();
        amounts.forEach((name, amount) -> {
            if (amount != 0) {
                copy.put(name, amount);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** A scalar resource's amount, 0 when absent. */
    public long scalar(String name) {
        return scalarResources.getOrDefault(name, 0L);
    }

    public boolean isZero() {
        return cpuMillis == 0 && memoryBytes == 0 && scalarResources.isEmpty();
    }

    public ResourceAmounts plus(ResourceAmounts other) {
        return combine(other, 1);
    }

    public ResourceAmounts minus(ResourceAmounts other) {
        return combine(other, -1);
    }

    private ResourceAmounts combine(ResourceAmounts other, int sign) {
        if (other.scalarResources.isEmpty()) {
            return new ResourceAmounts(cpuMillis + sign * other.cpuMillis, memoryBytes + sign * other.memoryBytes,
                    scalarResources);
        }
        Map<String, Long> scalars = new TreeMap<>(scalarResources);
        other.scalarResources.forEach((name, amount) -> scalars.merge(name, sign * amount, Long::sum));
        return new ResourceAmounts(cpuMillis + sign * other.cpuMillis, memoryBytes + sign * other.memoryBytes,
                scalars);
    }

    /** The same amounts without the named scalar resources. */
    public ResourceAmounts withoutScalars(java.util.Set<String> names) {
        Map<String, Long> kept = new TreeMap<>(scalarResources);
        kept.keySet().removeAll(names);
        return new ResourceAmounts(cpuMillis, memoryBytes, kept);
    }

    /** Every amount by resource name ({@code cpu}, {@code memory}, then scalars), zeros included for cpu and memory. */
    public Map<String, Long> byName() {
        Map<String, Long> out = new TreeMap<>(scalarResources);
        out.put(Resources.CPU, cpuMillis);
        out.put(Resources.MEMORY, memoryBytes);
        return Collections.unmodifiableMap(out);
    }
}
