package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.List;
import java.util.TreeSet;

/** Plain-words fragments for trace lines about CPUs ("on NUMA node 1", "whole cores 24-27 ..."). */
final class CpuWords {
    private CpuWords() {}

    /** "on NUMA node 1" or "on NUMA nodes [0,1]" (empty for an empty set). */
    static String where(CpuTopologyIndex topo, CpuSet cpus) {
        TreeSet<Integer> numas = new TreeSet<>();
        cpus.stream().filter(c -> topo.topology().has(c)).forEach(c -> numas.add(topo.numaOf(c)));
        if (numas.isEmpty()) {
            return "";
        }
        return numas.size() == 1 ? "on NUMA node " + numas.first() : "on NUMA nodes " + numas(numas);
    }

    /**
     * "whole cores 24-27 and their siblings 72-75 on NUMA node 1" when core ids are the ids of
     * their first thread (the kubelet's convention), else "whole cores 3,4 (CPUs ...) on ...".
     */
    static String wholeCores(CpuTopologyIndex topo, List<Integer> cores, CpuSet cpus) {
        CpuSet coreIds = CpuSet.of(cores);
        String noun = cores.size() == 1 ? "the whole core " : "whole cores ";
        String where = where(topo, cpus);
        if (cpus.containsAll(coreIds)) {
            CpuSet siblings = cpus.difference(coreIds);
            String sib =
                    siblings.isEmpty()
                            ? ""
                            : (cores.size() == 1 ? " and its sibling " : " and their siblings ")
                                    + siblings;
            return noun + coreIds + sib + " " + where;
        }
        return noun + coreIds + " (CPUs " + cpus + ") " + where;
    }

    /** NUMA node ids as the contract writes masks: {@code [0,1,2,7]}. */
    static String numas(java.util.Collection<Integer> ids) {
        return dev.numaadvisor.core.model.NumaMask.of(ids).toString();
    }

    static String cpus(int n) {
        return n == 1 ? "1 CPU" : n + " CPUs";
    }
}
