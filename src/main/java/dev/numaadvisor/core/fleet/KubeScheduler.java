package dev.numaadvisor.core.fleet;

import java.util.List;

/**
 * A model of kube-scheduler for one pod at a time. NodeResourcesFit sees only node totals
 * (requested + pod <= allocatable for cpu, memory and each requested extended resource) — it
 * cannot see that the free CPUs are split across NUMA nodes, which is why the kubelet may then
 * reject what it placed. With {@code numaAware}, a NodeResourceTopology-style filter also needs
 * one NUMA node that alone holds the pod's exclusive CPUs, memory and devices.
 * Scores are NodeResourcesFit's with cpu and memory weighted 1; ties go to the first node in pool
 * order (the real scheduler breaks ties at random and may score only a sample of nodes).
 */
public final class KubeScheduler {
    private final Scoring scoring;
    private final boolean numaAware;

    public KubeScheduler(Scoring scoring, boolean numaAware) {
        this.scoring = scoring;
        this.numaAware = numaAware;
    }

    /** Index of the chosen node, or -1 when no node passes the filters (the pod stays pending). */
    int pick(List<FleetNode> nodes, PodDemand pod) {
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < nodes.size(); i++) {
            FleetNode n = nodes.get(i);
            if (!fits(n, pod) || (numaAware && !fitsOneNuma(n, pod))) {
                continue;
            }
            double score = score(n, pod);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    static boolean fits(FleetNode n, PodDemand pod) {
        NodeCapacity c = n.capacity;
        if (n.requestedCpuMillis + pod.cpuMillis() > c.cpuMillis()
                || n.requestedMemoryBytes + pod.memoryBytes() > c.memoryBytes()) {
            return false;
        }
        long[] ext = pod.extended();
        for (int r = 0; r < ext.length; r++) {
            if (ext[r] > 0 && n.requestedExtended[r] + ext[r] > c.extended()[r]) {
                return false;
            }
        }
        return true;
    }

    /** The NodeResourceTopology single-NUMA check: some NUMA node alone has room for the pod. */
    static boolean fitsOneNuma(FleetNode n, PodDemand pod) {
        for (int i = 0; i < n.freeCpus.length; i++) {
            boolean ok = n.freeCpus[i] >= pod.exclusiveCpus()
                    && (pod.exclusiveCpus() == 0 || n.freeMemory[i] >= pod.memoryBytes());
            for (int r = 0; ok && r < n.freeDevices.length; r++) {
                ok = n.freeDevices[r][i] >= pod.extended()[r];
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private double score(FleetNode n, PodDemand pod) {
        NodeCapacity c = n.capacity;
        double cpu = fraction(n.requestedCpuMillis + pod.cpuMillis(), c.cpuMillis());
        double memory = fraction(n.requestedMemoryBytes + pod.memoryBytes(), c.memoryBytes());
        double allocated = (cpu + memory) / 2;
        return scoring == Scoring.MOST_ALLOCATED ? allocated : 1 - allocated;
    }

    private static double fraction(long requested, long allocatable) {
        return allocatable <= 0 ? 1 : (double) requested / allocatable;
    }
}
