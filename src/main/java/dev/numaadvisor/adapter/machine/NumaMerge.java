package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges NUMA nodes: the node set (every node any source names, CPU-less ones included), each
 * node's memory (the most precise source; others compared within their precision), hugepages and
 * the distance matrix (sysfs, then numactl, then NRT). Disagreements are findings naming both files.
 */
final class NumaMerge {
    private static final List<InputFormat> DISTANCE_RANK = List.of(InputFormat.SYSFS, InputFormat.NUMACTL,
            InputFormat.NODE_RESOURCE_TOPOLOGY);
    /** Formats that list every NUMA node of the machine (a sysfs dump or lstopo may be partial). */
    private static final List<InputFormat> COMPLETE_LISTS = List.of(InputFormat.LSCPU, InputFormat.LSCPU_JSON,
            InputFormat.NUMACTL, InputFormat.NODE_RESOURCE_TOPOLOGY);

    private NumaMerge() {
    }

    static Map<Integer, MergedNode.MergedNuma> nodes(List<NodeFacts> all, List<CpuFact> cpus, MergeReport r) {
        TreeSet<Integer> ids = new TreeSet<>();
        cpus.forEach(c -> ids.add(c.numaNode()));
        all.forEach(f -> ids.addAll(f.numaNodes().keySet()));
        compareNodeSets(all, r);
        Map<Integer, MergedNode.MergedNuma> out = new TreeMap<>();
        List<Integer> unknown = new ArrayList<>();
        String memorySource = null;
        for (int id : ids) {
            NumaFact mem = bestMemory(all, id);
            if (mem == null) {
                unknown.add(id);
            } else {
                memorySource = memorySource == null ? mem.source() : memorySource;
                compareMemory(all, id, mem, r);
            }
            out.put(id, new MergedNode.MergedNuma(id, mem == null ? null : mem.memoryBytes(), hugepages(all, id, r)));
        }
        if (memorySource != null) {
            r.gave("NUMA node memory", memorySource);
        }
        if (!unknown.isEmpty() && !ids.isEmpty()) {
            r.find(ImportFinding.Severity.WARNING, "memory of NUMA node(s) " + unknown + " unknown: written as 0;"
                    + " add numactl -H or sysfs node*/meminfo before simulating memory");
        }
        return out;
    }

    private static void compareNodeSets(List<NodeFacts> all, MergeReport r) {
        NodeFacts first = null;
        for (NodeFacts f : all) {
            if (!COMPLETE_LISTS.contains(f.format()) || f.numaNodes().isEmpty()) {
                continue;
            }
            if (first == null) {
                first = f;
            } else if (!first.numaNodes().keySet().equals(f.numaNodes().keySet())) {
                r.find(ImportFinding.Severity.WARNING, "NUMA node counts disagree: " + first.source() + " has "
                        + first.numaNodes().keySet() + ", " + f.source() + " has " + f.numaNodes().keySet()
                        + "; the scenario has every node either names", first.source(), f.source());
            }
        }
    }

    private static NumaFact bestMemory(List<NodeFacts> all, int id) {
        NumaFact best = null;
        for (NodeFacts f : all) {
            NumaFact n = f.numaNodes().get(id);
            if (n != null && n.memoryBytes() != null
                    && (best == null || n.memoryPrecisionBytes() < best.memoryPrecisionBytes())) {
                best = n;
            }
        }
        return best;
    }

    /** Sources print memory with different precision (bytes, KiB, MiB, hwloc's rounded GB). */
    private static void compareMemory(List<NodeFacts> all, int id, NumaFact used, MergeReport r) {
        for (NodeFacts f : all) {
            NumaFact n = f.numaNodes().get(id);
            if (n == null || n == used || n.memoryBytes() == null) {
                continue;
            }
            long tolerance = Math.max(n.memoryPrecisionBytes(), used.memoryPrecisionBytes());
            if (Math.abs(n.memoryBytes() - used.memoryBytes()) > tolerance) {
                r.find(ImportFinding.Severity.WARNING, "NUMA node " + id + " memory totals disagree: "
                        + used.source() + " says " + KubeQuantities.bytes(used.memoryBytes()) + ", " + n.source()
                        + " says " + KubeQuantities.bytes(n.memoryBytes()) + "; using " + used.source(),
                        used.source(), n.source());
            }
        }
    }

    private static Map<String, Long> hugepages(List<NodeFacts> all, int id, MergeReport r) {
        Map<String, Long> out = new TreeMap<>();
        Map<String, String> from = new TreeMap<>();
        for (NodeFacts f : all) {
            NumaFact n = f.numaNodes().get(id);
            if (n == null) {
                continue;
            }
            n.hugepagesBytes().forEach((res, bytes) -> {
                Long old = out.putIfAbsent(res, bytes);
                from.putIfAbsent(res, f.source());
                if (old != null && !old.equals(bytes)) {
                    r.find(ImportFinding.Severity.WARNING, "NUMA node " + id + " " + res + " disagree: "
                            + from.get(res) + " says " + KubeQuantities.bytes(old) + ", " + f.source() + " says "
                            + KubeQuantities.bytes(bytes) + "; using " + from.get(res), from.get(res), f.source());
                }
            });
            if (n.hugepagesOfUnknownSize() != null && n.hugepagesBytes().isEmpty()) {
                r.find(ImportFinding.Severity.INFO, "NUMA node " + id + " has " + n.hugepagesOfUnknownSize()
                        + " hugepages of unknown size in " + f.source() + " (meminfo counts pages, not bytes);"
                        + " not imported: collect node*/hugepages/hugepages-*/nr_hugepages", f.source());
            }
        }
        return out;
    }

    static Map<Integer, Map<Integer, Integer>> distances(List<NodeFacts> all, MergeReport r) {
        NodeFacts used = null;
        for (InputFormat format : DISTANCE_RANK) {
            for (NodeFacts f : all) {
                if (used == null && f.format() == format && !f.distances().isEmpty()) {
                    used = f;
                }
            }
        }
        if (used == null) {
            return Map.of();
        }
        r.gave("NUMA distances", used.source());
        for (NodeFacts f : all) {
            if (f != used && !f.distances().isEmpty() && !sameOnCommonNodes(used.distances(), f.distances())) {
                r.find(ImportFinding.Severity.WARNING, "NUMA distances disagree between " + used.source() + " and "
                        + f.source() + "; using " + used.source(), used.source(), f.source());
            }
        }
        return used.distances();
    }

    private static boolean sameOnCommonNodes(Map<Integer, Map<Integer, Integer>> a, Map<Integer, Map<Integer, Integer>> b) {
        for (Map.Entry<Integer, Map<Integer, Integer>> row : a.entrySet()) {
            Map<Integer, Integer> other = b.get(row.getKey());
            if (other == null) {
                continue;
            }
            for (Map.Entry<Integer, Integer> cell : row.getValue().entrySet()) {
                Integer o = other.get(cell.getKey());
                if (o != null && !o.equals(cell.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }
}
