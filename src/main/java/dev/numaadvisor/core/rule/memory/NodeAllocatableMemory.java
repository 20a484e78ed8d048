package dev.numaadvisor.core.rule.memory;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Reservations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Memory Manager's sum check (memory_manager.go validateReservedMemory): per memory type,
 * Σ reservedMemory == kubeReserved + systemReserved + hard eviction threshold.
 */
public final class NodeAllocatableMemory {
    private NodeAllocatableMemory() {
    }

    /**
     * The memory eviction reservation in bytes, or null when it is a percentage and the machine is
     * unknown. Cases (RULES.md §10.2/§10.3):
     * a) evictionHard absent: the default memory.available 100Mi;
     * b) written with memory.available: that value (a percentage of node capacity);
     * c) written without it but mergeDefaultEvictionSettings true: the default is merged in, 100Mi;
     * d) written without it and no merging: 0.
     */
    public static BigInteger evictionBytes(LintView v) {
        KubeletConfig c = v.config();
        String threshold;
        if (!v.written("evictionHard")) {
            threshold = Reservations.DEFAULT_MEMORY_EVICTION;
        } else if (c.evictionHard().containsKey(Reservations.MEMORY_AVAILABLE)) {
            threshold = c.evictionHard().get(Reservations.MEMORY_AVAILABLE);
        } else if ("true".equals(v.scalars().get("mergeDefaultEvictionSettings"))) {
            threshold = Reservations.DEFAULT_MEMORY_EVICTION;
        } else {
            return BigInteger.ZERO;
        }
        threshold = threshold.trim();
        if (threshold.endsWith("%")) {
            Machine m = v.machine();
            if (m == null) {
                return null;
            }
            BigDecimal pct = new BigDecimal(threshold.substring(0, threshold.length() - 1));
            return pct.multiply(BigDecimal.valueOf(m.totalMemoryBytes())).divide(BigDecimal.valueOf(100))
                    .setScale(0, java.math.RoundingMode.UP).toBigInteger();
        }
        try {
            return Quantity.parse(threshold).wholeValue();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Node-allocatable reservation per memory type; hugepages are always 0 (not reservable there). */
    public static BigInteger required(LintView v, String type, BigInteger eviction) {
        if (!"memory".equals(type)) {
            return BigInteger.ZERO;
        }
        return bytes(v.config().kubeReserved().get("memory")).add(bytes(v.config().systemReserved().get("memory")))
                .add(eviction);
    }

    /** Σ reservedMemory per type, sorted by type. */
    public static Map<String, BigInteger> reserved(KubeletConfig c) {
        Map<String, BigInteger> out = new TreeMap<>();
        for (ReservedMemory r : c.reservedMemory()) {
            r.limits().forEach((type, q) -> out.merge(type, q.wholeValue(), BigInteger::add));
        }
        return out;
    }

    private static BigInteger bytes(Quantity q) {
        return q == null ? BigInteger.ZERO : q.wholeValue();
    }
}
