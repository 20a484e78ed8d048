package dev.numaadvisor.app.understand;

/**
 * CPUs said to be held already on one NUMA node (or one socket, when that is how it was said),
 * counted in cores or in logical CPUs, as stated.
 */
public record Busy(int numaNode, int count, boolean cores, boolean socket) {
    public Busy {
        if (numaNode < 0 || count < 0) {
            throw new IllegalArgumentException("busy CPUs need a NUMA node and a count, not " + numaNode + "/" + count);
        }
    }

    /** Logical CPUs, once the threads per core are known. */
    public int cpus(int threadsPerCore) {
        return cores ? count * threadsPerCore : count;
    }

    /** "NUMA 1" or "socket 1". */
    public String place() {
        return (socket ? "socket " : "NUMA ") + numaNode;
    }
}
