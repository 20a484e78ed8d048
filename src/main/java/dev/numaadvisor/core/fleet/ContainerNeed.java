package dev.numaadvisor.core.fleet;

/**
 * What one container asks of a single NUMA node in the NUMA-aware filter: CPU (millicores),
 * memory, and devices indexed like the run's extended-resource list.
 */
record ContainerNeed(long cpuMillis, long memoryBytes, long[] devices) {
}
