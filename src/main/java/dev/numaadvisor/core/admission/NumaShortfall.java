package dev.numaadvisor.core.admission;

/**
 * A NUMA node that could not hold a resource on its own for a container the Topology Manager
 * rejected: the resource's provider offered no hint for that node alone (none at all when it
 * could not be satisfied anywhere).
 */
public record NumaShortfall(int numaNode, String resource) {
}
