package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@code cpu_manager_state} for a node whose running pods already hold CPUs exclusively,
 * given only as "this many logical CPUs on this NUMA node". Each NUMA node's CPUs go to one
 * entry (pod {@code busy-numa-N}, container {@value #CONTAINER}): whole cores first, never a
 * reserved CPU, lowest ids first; {@code defaultCpuSet} is every other CPU (minus the reserved
 * ones under strict-cpu-reservation, which the kubelet keeps out of the pool). Checksum 0.
 */
public final class BusyCpuCheckpoint {
    /** The container name of every synthetic entry. */
    public static final String CONTAINER = "busy";

    private BusyCpuCheckpoint() {
    }

    public static String podUid(int numaNode) {
        return "busy-numa-" + numaNode;
    }

    /** Throws IllegalArgumentException when a NUMA node is unknown or has too few unreserved CPUs. */
    public static CpuManagerCheckpoint of(CpuTopology topology, CpuSet reserved, SortedMap<Integer, Integer> busy,
                                          String policyName, boolean strictCpuReservation) {
        Map<String, Map<String, CpuSet>> entries = new TreeMap<>();
        CpuSet taken = CpuSet.empty();
        for (Map.Entry<Integer, Integer> e : busy.entrySet()) {
            int numa = e.getKey();
            int count = e.getValue();
            if (!topology.numaNodeIds().contains(numa)) {
                throw new IllegalArgumentException("busy CPUs on NUMA node " + numa + ": the node's NUMA nodes with"
                        + " CPUs are " + topology.numaNodeIds());
            }
            CpuSet free = topology.cpusInNuma(numa).difference(reserved);
            if (count > free.size()) {
                throw new IllegalArgumentException("busy CPUs on NUMA node " + numa + ": " + count + " asked, but it"
                        + " has only " + free.size() + " CPUs that are not reserved");
            }
            if (count == 0) {
                continue;
            }
            CpuSet cpus = pick(topology, free, count);
            entries.put(podUid(numa), Map.of(CONTAINER, cpus));
            taken = taken.union(cpus);
        }
        CpuSet pool = topology.all().difference(taken);
        if (strictCpuReservation) {
            pool = pool.difference(reserved);
        }
        return new CpuManagerCheckpoint(policyName, pool, entries, 0);
    }

    /*
     * Whole cores first (a core all of whose CPUs are free, by its lowest CPU id), as long as a whole
     * core still fits the count; then single CPUs, lowest ids first. This is how pods with whole-core
     * requests usually leave a node, and it keeps the choice reproducible.
     */
    private static CpuSet pick(CpuTopology topology, CpuSet free, int count) {
        List<Integer> chosen = new ArrayList<>();
        TreeMap<Integer, CpuSet> coresByFirstCpu = new TreeMap<>();
        for (int cpu : free.toArray()) {
            CpuSet core = topology.siblings(cpu);
            if (free.containsAll(core)) {
                coresByFirstCpu.putIfAbsent(core.first(), core);
            }
        }
        for (CpuSet core : coresByFirstCpu.values()) {
            if (count - chosen.size() >= core.size()) {
                chosen.addAll(core.toList());
            }
        }
        CpuSet rest = free.difference(CpuSet.of(chosen));
        for (int cpu : rest.toArray()) {
            if (chosen.size() == count) {
                break;
            }
            chosen.add(cpu);
        }
        return CpuSet.of(chosen);
    }
}
