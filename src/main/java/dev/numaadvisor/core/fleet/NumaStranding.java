package dev.numaadvisor.core.fleet;

/**
 * Free resources on NUMA node {@code numaNode}, summed over the pool, that no pod of the mix can
 * use there: the NUMA node has fewer free CPUs or less free memory than the smallest shape needs.
 */
public record NumaStranding(int numaNode, long freeCpus, long strandedCpus, long freeMemoryBytes,
                            long strandedMemoryBytes) {
}
