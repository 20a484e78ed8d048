package dev.numaadvisor.adapter.machine;

/**
 * What one source says about one logical CPU. A null field is unknown to that source. Core ids
 * are machine-wide (never a per-socket sysfs {@code core_id}); {@code uncoreCache} is the L3 group.
 */
public record CpuFact(int id, Integer core, Integer socket, Integer numaNode, Integer uncoreCache,
                      String source) {
    public CpuFact {
        if (id < 0) {
            throw new IllegalArgumentException("cpu id must not be negative");
        }
    }

    public CpuFact withNumaNode(Integer numa) {
        return new CpuFact(id, core, socket, numa, uncoreCache, source);
    }
}
