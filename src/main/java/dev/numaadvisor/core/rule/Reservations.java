package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Quantity;
import java.util.Map;

/** Facts about a config's reservations that several rules share. */
public final class Reservations {
    public static final String MEMORY_AVAILABLE = "memory.available";
    public static final String DEFAULT_MEMORY_EVICTION = "100Mi";

    private Reservations() {
    }

    /** The parsed {@code reservedSystemCPUs}; empty when unset, null when it does not parse. */
    public static CpuSet reservedCpus(KubeletConfig c) {
        String text = c.reservedSystemCPUs() == null ? "" : c.reservedSystemCPUs().trim();
        if (text.isEmpty()) {
            return CpuSet.empty();
        }
        try {
            return CpuSet.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** kubeReserved.cpu + systemReserved.cpu in millicores. */
    public static long reservedCpuMillis(KubeletConfig c) {
        return millis(c.kubeReserved().get("cpu")) + millis(c.systemReserved().get("cpu"));
    }

    private static long millis(Quantity q) {
        return q == null ? 0 : q.milliValue();
    }

    public static boolean isStatic(KubeletConfig c) {
        return KubeletConfig.CPU_POLICY_STATIC.equals(c.cpuManagerPolicy());
    }

    public static boolean memoryStatic(KubeletConfig c) {
        return KubeletConfig.MEMORY_POLICY_STATIC.equals(c.memoryManagerPolicy());
    }

    public static boolean topologyAligns(KubeletConfig c) {
        String p = c.topologyManagerPolicy();
        return KubeletConfig.TOPOLOGY_POLICY_RESTRICTED.equals(p)
                || KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE.equals(p);
    }

    /** Value of a boolean policy option per strconv.ParseBool; false when absent or unparseable. */
    public static boolean option(Map<String, String> options, String name) {
        String v = options.get(name);
        return v != null && Boolean.TRUE.equals(OptionMaturity.parseBool(v));
    }
}
