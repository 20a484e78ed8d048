package dev.numaadvisor.core.scenario;

import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.model.Quantity;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of a topology's {@code numaNodes} list. {@code memory} null = not given (a compact
 * topology keeps its generated memory; otherwise 0); {@code hugepages} null = not given, else by
 * resource name ({@code hugepages-1Gi}).
 */
public record NumaNodeSpec(int id, Quantity memory, Map<String, Quantity> hugepages) {
    public NumaNodeSpec {
        if (id < 0 || id > NumaMask.MAX_NUMA_ID) {
            throw new IllegalArgumentException("NUMA node ids go from 0 to 63");
        }
        if (memory != null && memory.isNegative()) {
            throw new IllegalArgumentException("memory must not be negative");
        }
        hugepages = hugepages == null ? null : Collections.unmodifiableMap(Hugepages.checked(hugepages));
    }

    /** Bytes per hugepages resource; empty when not given. */
    Map<String, Long> hugepagesBytes() {
        return hugepages == null ? Map.of() : Hugepages.bytes(hugepages);
    }

    /** A hugepages map, checked and sorted: names {@code hugepages-<size>}, amounts not negative. */
    static final class Hugepages {
        private Hugepages() {
        }

        static TreeMap<String, Quantity> checked(Map<String, Quantity> sizes) {
            TreeMap<String, Quantity> out = new TreeMap<>();
            sizes.forEach((name, amount) -> {
                if (!name.startsWith("hugepages-")) {
                    throw new IllegalArgumentException("hugepages sizes are named hugepages-<size>, e.g. "
                            + "hugepages-1Gi, not \"" + name + "\"");
                }
                if (amount.isNegative()) {
                    throw new IllegalArgumentException("memory must not be negative");
                }
                out.put(name, amount);
            });
            return out;
        }

        static Map<String, Long> bytes(Map<String, Quantity> sizes) {
            Map<String, Long> out = new TreeMap<>();
            sizes.forEach((name, amount) -> out.put(name, amount.value()));
            return out;
        }
    }
}
