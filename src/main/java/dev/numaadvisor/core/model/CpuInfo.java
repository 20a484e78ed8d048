package dev.numaadvisor.core.model;

/**
 * One logical CPU as the kubelet's {@code topology.CPUInfo} sees it. Core ids are unique across
 * the machine; {@code uncoreCache} defaults to the socket id, as the kubelet does without L3 data.
 */
public record CpuInfo(int id, int core, int socket, int numaNode, int uncoreCache) {
    public CpuInfo {
        if (id < 0 || core < 0 || socket < 0 || numaNode < 0 || uncoreCache < 0) {
            throw new IllegalArgumentException("cpu " + id + ": ids must not be negative");
        }
        if (numaNode > NumaMask.MAX_NUMA_ID) {
            throw new IllegalArgumentException("cpu " + id + ": numa node " + numaNode + " outside 0-63");
        }
    }
}
