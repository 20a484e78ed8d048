package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Cross-checks the documents that describe the node's configuration and state against the
 * merged machine and each other: the kubelet config (configz before a config file), the
 * checkpoints, NodeResourceTopology usage and attributes, and the node's capacity.
 */
final class StateChecks {
    /** The kubelet's defaults when the config does not set the policy. */
    private static final String CPU_POLICY_DEFAULT = "none";
    private static final String MEMORY_POLICY_DEFAULT = "None";
    private static final String TOPOLOGY_POLICY_DEFAULT = "none";

    private StateChecks() {
    }

    /** The one document of a kind; a second one is a finding, the first (by rank) wins. */
    static RawDocument single(List<NodeFacts> all, Function<NodeFacts, RawDocument> get, String what,
                              MergeReport r) {
        List<RawDocument> docs = new ArrayList<>();
        RawDocument configz = null;
        for (NodeFacts f : all) {
            RawDocument d = get.apply(f);
            if (d != null) {
                docs.add(d);
                configz = f.format() == InputFormat.KUBELET_CONFIGZ && configz == null ? d : configz;
            }
        }
        if (docs.isEmpty()) {
            return null;
        }
        RawDocument used = configz != null ? configz : docs.get(0);
        r.gave(what, used.source());
        for (RawDocument d : docs) {
            if (d != used) {
                r.find(ImportFinding.Severity.WARNING, "two " + what + " documents: " + used.source() + " and "
                        + d.source() + "; using " + used.source() + (configz != null ? " (configz is the effective"
                        + " configuration)" : ""), used.source(), d.source());
            }
        }
        return used;
    }

    static void policies(RawDocument config, RawDocument cpuState, RawDocument memState, List<NodeFacts> all,
                         MergeReport r) {
        Map<String, Object> cfg = config == null ? Map.of() : config.content();
        String cfgSource = config == null ? "the kubelet defaults (no KubeletConfiguration given)" : config.source();
        comparePolicy(cpuState, "cpuManagerPolicy", cfg, CPU_POLICY_DEFAULT, cfgSource, r);
        comparePolicy(memState, "memoryManagerPolicy", cfg, MEMORY_POLICY_DEFAULT, cfgSource, r);
        for (NodeFacts f : all) {
            String nrt = f.attributes().get("topologyManagerPolicy");
            Object configured = cfg.getOrDefault("topologyManagerPolicy", TOPOLOGY_POLICY_DEFAULT);
            if (nrt != null && !nrt.equals(configured)) {
                r.find(ImportFinding.Severity.WARNING, "topologyManagerPolicy disagrees: " + f.source() + " reports \""
                        + nrt + "\", " + cfgSource + " has \"" + configured + "\"", f.source(), cfgSource);
            }
        }
    }

    private static void comparePolicy(RawDocument state, String field, Map<String, Object> cfg, String dflt,
                                      String cfgSource, MergeReport r) {
        if (state == null) {
            return;
        }
        String inState = CheckpointView.string(state.content(), "policyName");
        Object configured = cfg.getOrDefault(field, dflt);
        if (inState != null && !inState.equals(configured)) {
            r.find(ImportFinding.Severity.WARNING, "policy disagrees: " + state.source() + " was written by policy \""
                    + inState + "\" but " + cfgSource + " has " + field + " \"" + configured + "\"; the kubelet"
                    + " refuses to start with a checkpoint of another policy", state.source(), cfgSource);
        }
    }

    static void cpuCheckpoint(RawDocument state, List<CpuFact> cpus, List<NodeFacts> all, MergeReport r) {
        if (state == null || cpus.isEmpty()) {
            return;
        }
        CpuSet shared = CheckpointView.cpuSet(state.content().get("defaultCpuSet"));
        CpuSet assigned = CheckpointView.assigned(state.content());
        if (shared == null || assigned == null) {
            return;
        }
        List<Integer> ids = new ArrayList<>();
        cpus.forEach(c -> ids.add(c.id()));
        CpuSet machine = CpuSet.of(ids);
        CpuSet inState = shared.union(assigned);
        if (!shared.isEmpty() && !inState.equals(machine)) {
            r.find(ImportFinding.Severity.WARNING, "CPU sets disagree: " + state.source() + " covers CPUs " + inState
                    + " (defaultCpuSet " + shared + " plus assignments " + assigned + ") but the topology has "
                    + machine + "; the static policy refuses to start when they differ", state.source());
        }
        nrtCpuUsage(all, state, assigned, cpus, r);
    }

    /** NRT's cpu in use per zone (allocatable − available) against the checkpoint's pinned CPUs. */
    private static void nrtCpuUsage(List<NodeFacts> all, RawDocument state, CpuSet assigned, List<CpuFact> cpus,
                                    MergeReport r) {
        for (NodeFacts f : all) {
            for (ZoneResource z : f.zoneResources()) {
                if (!z.resource().equals(Resources.CPU) || z.inUse() == null) {
                    continue;
                }
                List<Integer> pinned = new ArrayList<>();
                for (CpuFact c : cpus) {
                    if (c.numaNode() == z.numaNode() && assigned.contains(c.id())) {
                        pinned.add(c.id());
                    }
                }
                if (z.inUse().amount().compareTo(BigDecimal.valueOf(pinned.size())) != 0) {
                    r.find(ImportFinding.Severity.WARNING, "NUMA node " + z.numaNode() + ": " + f.source()
                            + " says " + z.inUse().amount().toPlainString() + " CPUs are taken (allocatable "
                            + z.allocatable() + ", available " + z.available() + ") but " + state.source() + " pins "
                            + pinned.size() + " there (" + CpuSet.of(pinned) + ")", f.source(), state.source());
                }
            }
        }
    }

    static void memoryCheckpoint(RawDocument state, Map<Integer, MergedNode.MergedNuma> numa, MergeReport r) {
        if (state == null) {
            return;
        }
        numa.forEach((id, n) -> {
            Long total = CheckpointView.memoryTotal(state.content(), id);
            long tolerance = 1L << 20;
            if (total != null && n.memoryBytes() != null && Math.abs(total - n.memoryBytes()) > tolerance) {
                r.find(ImportFinding.Severity.WARNING, "NUMA node " + id + " memory totals disagree: "
                        + state.source() + " has machineState total " + KubeQuantities.bytes(total) + ", the topology "
                        + KubeQuantities.bytes(n.memoryBytes()) + "; the Static memory manager refuses to start when"
                        + " its state does not match the machine", state.source());
            }
        });
    }

    static void nrtDevicesInUse(List<NodeFacts> all, MergeReport r) {
        for (NodeFacts f : all) {
            for (ZoneResource z : f.zoneResources()) {
                boolean device = !Resources.CPU.equals(z.resource()) && !Resources.isMemoryManaged(z.resource());
                if (device && z.inUse() != null && z.inUse().amount().signum() > 0) {
                    r.note(f.source() + ": " + z.inUse().amount().toPlainString() + " " + z.resource()
                            + " in use on NUMA node " + z.numaNode() + "; the scenario starts with every device"
                            + " free unless the running pods are added (kubectl get pods -o yaml)");
                }
            }
        }
    }

    static void capacity(List<NodeFacts> all, List<CpuFact> cpus, Map<Integer, MergedNode.MergedNuma> numa,
                         List<Device> devices, MergeReport r) {
        for (NodeFacts f : all) {
            if (f.capacity().isEmpty()) {
                continue;
            }
            Quantity cpu = f.capacity().get(Resources.CPU);
            if (cpu != null && !cpus.isEmpty() && cpu.compareTo(new Quantity(BigDecimal.valueOf(cpus.size()), "")) != 0) {
                r.find(ImportFinding.Severity.WARNING, "CPU counts disagree: " + f.source() + " gives capacity cpu "
                        + cpu + " but the topology has " + cpus.size() + " CPUs", f.source());
            }
            Map<String, Integer> deviceCounts = new TreeMap<>();
            devices.forEach(d -> deviceCounts.merge(d.resource(), 1, Integer::sum));
            f.capacity().forEach((res, q) -> {
                if (Resources.isExtended(res) && deviceCounts.containsKey(res)
                        && q.value() != deviceCounts.get(res)) {
                    r.find(ImportFinding.Severity.WARNING, res + " counts disagree: " + f.source() + " gives capacity "
                            + q + " but the device sources list " + deviceCounts.get(res), f.source());
                }
            });
            memoryCapacity(f, numa, r);
        }
    }

    /** /proc/meminfo's MemTotal is about the sum of the nodes' MemTotal; 1% leaves room for rounding. */
    private static void memoryCapacity(NodeFacts f, Map<Integer, MergedNode.MergedNuma> numa, MergeReport r) {
        Quantity memory = f.capacity().get(Resources.MEMORY);
        long sum = 0;
        for (MergedNode.MergedNuma n : numa.values()) {
            if (n.memoryBytes() == null) {
                return;
            }
            sum += n.memoryBytes();
        }
        if (memory != null && sum > 0 && Math.abs(memory.value() - sum) > sum / 100) {
            r.find(ImportFinding.Severity.WARNING, "memory totals disagree: " + f.source() + " gives capacity memory "
                    + memory + " but the NUMA nodes add up to " + KubeQuantities.bytes(sum), f.source());
        }
    }
}
