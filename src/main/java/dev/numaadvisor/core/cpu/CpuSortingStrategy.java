package dev.numaadvisor.core.cpu;

/**
 * The kubelet's {@code CPUSortingStrategy}: the order single CPUs are handed out in. Packed (the
 * default) finishes a core before starting the next; spread ({@code distribute-cpus-across-cores})
 * lists each socket's CPUs by id, so consecutive picks land on different physical cores before any
 * core's second thread is used.
 */
public enum CpuSortingStrategy {
    PACKED,
    SPREAD
}
