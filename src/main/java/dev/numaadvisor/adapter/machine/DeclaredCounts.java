package dev.numaadvisor.adapter.machine;

/**
 * Totals a source states outright (lscpu's {@code CPU(s):}, {@code Socket(s):} …), used to check
 * a paste is complete and to compare sources. Null = not stated.
 */
public record DeclaredCounts(Integer cpus, Integer sockets, Integer coresPerSocket,
                             Integer threadsPerCore, Integer numaNodes, Integer l3Instances) {
    public static final DeclaredCounts NONE = new DeclaredCounts(null, null, null, null, null, null);
}
