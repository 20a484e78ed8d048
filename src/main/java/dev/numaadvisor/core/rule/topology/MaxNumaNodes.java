package dev.numaadvisor.core.rule.topology;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.OptionMaturity;

/** The Topology Manager's NUMA node limit and how it reads max-allowable-numa-nodes. */
public final class MaxNumaNodes {
    /** kubelet default; raised only by the option max-allowable-numa-nodes. */
    public static final int DEFAULT_MAX_NUMA_NODES = 8;

    private MaxNumaNodes() {
    }

    /** The option as written, or null when absent. */
    public static String raw(KubeletConfig c) {
        return c.topologyManagerPolicyOptions().get(OptionMaturity.MAX_ALLOWABLE_NUMA_NODES);
    }

    /** Go's strconv.Atoi: optional sign and decimal digits only; null when it does not parse. */
    public static Integer atoi(String text) {
        if (text == null || !text.matches("[+-]?\\d{1,10}")) {
            return null;
        }
        try {
            return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The effective limit, or null when the option is invalid (the kubelet stops before counting). */
    public static Integer limit(KubeletConfig c) {
        String raw = raw(c);
        if (raw == null) {
            return DEFAULT_MAX_NUMA_NODES;
        }
        Integer n = atoi(raw);
        return n == null || n < DEFAULT_MAX_NUMA_NODES ? null : n;
    }
}
