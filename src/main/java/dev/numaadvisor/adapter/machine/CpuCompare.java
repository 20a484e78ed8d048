package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares two sources' view of the CPUs. NUMA node ids are compared as ids (every source prints
 * the kernel's). Cores, sockets and L3 groups are compared as groupings, since each source numbers
 * them its own way: two CPUs together in one source must be together in the other.
 */
final class CpuCompare {
    private CpuCompare() {
    }

    static void compare(CpuMerge.Attribute a, NodeFacts used, NodeFacts other, MergeReport r) {
        List<Integer> common = new ArrayList<>();
        for (int cpu : used.cpus().keySet()) {
            CpuFact o = other.cpus().get(cpu);
            if (o != null && a.get.apply(o) != null && a.get.apply(used.cpus().get(cpu)) != null) {
                common.add(cpu);
            }
        }
        if (common.isEmpty()) {
            return;
        }
        if (a == CpuMerge.Attribute.NUMA) {
            compareIds(used, other, common, r);
            return;
        }
        Map<Integer, CpuSet> g1 = groups(used, a, common);
        Map<Integer, CpuSet> g2 = groups(other, a, common);
        int differing = 0;
        Integer example = null;
        for (int cpu : common) {
            if (!g1.get(cpu).equals(g2.get(cpu))) {
                differing++;
                example = example == null ? cpu : example;
            }
        }
        if (differing > 0) {
            r.find(ImportFinding.Severity.WARNING, a.words + " disagree for " + differing + " CPUs: cpu " + example
                    + " is grouped with " + g1.get(example) + " in " + used.source() + " but with " + g2.get(example)
                    + " in " + other.source() + "; using " + used.source(), used.source(), other.source());
        }
    }

    private static void compareIds(NodeFacts used, NodeFacts other, List<Integer> common, MergeReport r) {
        List<Integer> differ = new ArrayList<>();
        for (int cpu : common) {
            if (!used.cpus().get(cpu).numaNode().equals(other.cpus().get(cpu).numaNode())) {
                differ.add(cpu);
            }
        }
        if (!differ.isEmpty()) {
            int cpu = differ.get(0);
            r.find(ImportFinding.Severity.WARNING, "NUMA nodes of CPUs " + CpuSet.of(differ) + " disagree: cpu " + cpu
                    + " is on node " + used.cpus().get(cpu).numaNode() + " in " + used.source() + " but on node "
                    + other.cpus().get(cpu).numaNode() + " in " + other.source() + "; using " + used.source(),
                    used.source(), other.source());
        }
    }

    /** For each CPU, the CPUs (among {@code common}) sharing its group. */
    private static Map<Integer, CpuSet> groups(NodeFacts f, CpuMerge.Attribute a, List<Integer> common) {
        Map<Integer, List<Integer>> byValue = new TreeMap<>();
        for (int cpu : common) {
            byValue.computeIfAbsent(a.get.apply(f.cpus().get(cpu)), k -> new ArrayList<>()).add(cpu);
        }
        Map<Integer, CpuSet> out = new TreeMap<>();
        for (List<Integer> members : byValue.values()) {
            CpuSet set = CpuSet.of(members);
            members.forEach(cpu -> out.put(cpu, set));
        }
        return out;
    }

    /** A core must sit in one socket and one NUMA node; a mixed-up merge would break that. */
    static void checkCores(List<CpuFact> cpus, MergeReport r) {
        Map<Integer, CpuFact> firstOfCore = new TreeMap<>();
        for (CpuFact c : cpus) {
            CpuFact first = firstOfCore.putIfAbsent(c.core(), c);
            if (first != null && (!first.socket().equals(c.socket()) || !first.numaNode().equals(c.numaNode()))) {
                r.find(ImportFinding.Severity.ERROR, "core " + c.core() + " holds cpu " + first.id() + " (socket "
                        + first.socket() + ", NUMA " + first.numaNode() + ") and cpu " + c.id() + " (socket "
                        + c.socket() + ", NUMA " + c.numaNode() + "): the sources describe different machines");
                return;
            }
        }
    }
}
