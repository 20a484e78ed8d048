package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges devices per device-plugin resource: the best source names them (nvidia-smi, with real
 * GPU names, before NRT, whose ids are made up); other sources' per-NUMA counts are compared. A
 * device's CPU affinity is checked against its NUMA node's CPUs. Devices without a resource name
 * (NICs, plain PCI devices) are only noted.
 */
final class DeviceMerge {
    private DeviceMerge() {
    }

    private static int rank(InputFormat f) {
        return f == InputFormat.NVIDIA_SMI_TOPO ? 0 : f == InputFormat.SYSFS ? 1
                : f == InputFormat.NODE_RESOURCE_TOPOLOGY ? 2 : 3;
    }

    static List<Device> devices(List<NodeFacts> all, List<CpuFact> cpus, Set<Integer> numaIds, MergeReport r) {
        Map<String, List<NodeFacts>> byResource = new TreeMap<>();
        for (NodeFacts f : all) {
            List<String> unnamed = new ArrayList<>();
            for (DeviceFact d : f.devices()) {
                if (d.resource() == null) {
                    unnamed.add((d.label() == null ? d.id() : d.label())
                            + (d.numaNode() == null ? "" : " on NUMA node " + d.numaNode()));
                } else if (!byResource.computeIfAbsent(d.resource(), k -> new ArrayList<>()).contains(f)) {
                    byResource.get(d.resource()).add(f);
                }
            }
            if (!unnamed.isEmpty()) {
                r.note(f.source() + " lists " + String.join(", ", unnamed) + ": not device-plugin resources as far"
                        + " as that file says (no resource name), so not in node.devices");
            }
        }
        List<Device> out = new ArrayList<>();
        byResource.forEach((resource, sources) -> {
            NodeFacts used = sources.get(0);
            for (NodeFacts f : sources) {
                used = rank(f.format()) < rank(used.format()) ? f : used;
            }
            r.gave("devices " + resource, used.source());
            Map<String, Integer> counts = perNuma(used, resource);
            for (NodeFacts f : sources) {
                if (f != used && !perNuma(f, resource).equals(counts)) {
                    r.find(ImportFinding.Severity.WARNING, resource + " per NUMA node disagree: " + used.source()
                            + " has " + counts + ", " + f.source() + " has " + perNuma(f, resource) + "; using "
                            + used.source(), used.source(), f.source());
                }
            }
            for (DeviceFact d : used.devices()) {
                if (resource.equals(d.resource())) {
                    check(d, cpus, numaIds, r);
                    out.add(new Device(resource, d.id(), d.numaNode()));
                }
            }
        });
        return out;
    }

    private static Map<String, Integer> perNuma(NodeFacts f, String resource) {
        Map<String, Integer> out = new TreeMap<>();
        for (DeviceFact d : f.devices()) {
            if (resource.equals(d.resource())) {
                out.merge(d.numaNode() == null ? "unknown" : "node " + d.numaNode(), 1, Integer::sum);
            }
        }
        return out;
    }

    private static void check(DeviceFact d, List<CpuFact> cpus, Set<Integer> numaIds, MergeReport r) {
        if (d.numaNode() == null) {
            r.find(ImportFinding.Severity.WARNING, d.resource() + " " + d.id() + " has no NUMA affinity (N/A or -1)"
                    + " in " + d.source() + ": the device plugin gives no topology hint, so the Topology Manager"
                    + " treats it as usable from any NUMA node and alignment silently does not happen", d.source());
            return;
        }
        if (!numaIds.contains(d.numaNode())) {
            r.find(ImportFinding.Severity.ERROR, d.resource() + " " + d.id() + " is on NUMA node " + d.numaNode()
                    + " per " + d.source() + ", which no topology source has", d.source());
            return;
        }
        List<Integer> nodeCpus = new ArrayList<>();
        for (CpuFact c : cpus) {
            if (c.numaNode().equals(d.numaNode())) {
                nodeCpus.add(c.id());
            }
        }
        CpuSet expected = CpuSet.of(nodeCpus);
        if (d.localCpus() != null && !cpus.isEmpty() && !d.localCpus().equals(expected)) {
            r.find(ImportFinding.Severity.WARNING, d.resource() + " " + d.id() + ": " + d.source() + " gives CPU"
                    + " affinity " + d.localCpus() + " and NUMA node " + d.numaNode() + ", but the topology has CPUs "
                    + expected + " on that node", d.source());
        }
    }
}
