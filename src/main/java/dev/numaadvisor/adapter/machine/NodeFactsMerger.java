package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Resources;
import java.util.List;
import java.util.Map;

/**
 * Merges the facts of several files into one node: CPU topology from lscpu/sysfs/numactl/lstopo,
 * memory and distances from numactl/sysfs/NRT, devices from nvidia-smi/NRT, config and state
 * passed through, pods sorted into running and rejected. Contradictions between sources become
 * findings naming both files; nothing is resolved silently.
 */
public final class NodeFactsMerger {
    private NodeFactsMerger() {
    }

    public static MergedNode merge(List<NodeFacts> all) {
        MergeReport r = new MergeReport();
        for (NodeFacts f : all) {
            f.assumptions().forEach(a -> r.assume(f.source(), a));
        }
        RawDocument config = StateChecks.single(all, NodeFacts::kubeletConfig, "KubeletConfiguration", r);
        RawDocument cpuState = StateChecks.single(all, NodeFacts::cpuManagerCheckpoint, "cpu_manager_state", r);
        RawDocument memState = StateChecks.single(all, NodeFacts::memoryManagerCheckpoint, "memory_manager_state", r);
        String[] fallbackSource = new String[1];
        CpuSet fallbackCpus = fallbackCpus(all, cpuState, config, fallbackSource);
        List<CpuFact> cpus = CpuMerge.merge(all, r, fallbackCpus, fallbackSource[0]);
        Map<Integer, MergedNode.MergedNuma> numa = NumaMerge.nodes(all, cpus, r);
        Map<Integer, Map<Integer, Integer>> distances = NumaMerge.distances(all, r);
        List<Device> devices = DeviceMerge.devices(all, cpus, numa.keySet(), r);
        StateChecks.policies(config, cpuState, memState, all, r);
        StateChecks.cpuCheckpoint(cpuState, cpus, all, r);
        StateChecks.memoryCheckpoint(memState, numa, r);
        StateChecks.nrtDevicesInUse(all, r);
        StateChecks.capacity(all, cpus, numa, devices, r);
        PodMerge pods = new PodMerge(all, r);
        return new MergedNode(cpus, numa, distances, devices, config, cpuState, memState, pods.running(),
                pods.replay(), pods.events(), kubernetesVersion(all, r), r);
    }

    /**
     * CPU ids when no source describes the CPUs: the cpu_manager_state's CPUs (shared pool plus
     * assignments, plus the config's reservedSystemCPUs, which strict-cpu-reservation keeps out of
     * the shared pool), else the node's cpu capacity as ids 0..n-1.
     */
    private static CpuSet fallbackCpus(List<NodeFacts> all, RawDocument cpuState, RawDocument config,
                                       String[] source) {
        if (cpuState != null) {
            CpuSet shared = CheckpointView.cpuSet(cpuState.content().get("defaultCpuSet"));
            CpuSet assigned = CheckpointView.assigned(cpuState.content());
            CpuSet reserved = config == null ? null : CheckpointView.cpuSet(config.content().get("reservedSystemCPUs"));
            if (shared != null && assigned != null && !shared.union(assigned).isEmpty()) {
                source[0] = cpuState.source() + (reserved == null ? "" : " and " + config.source());
                return shared.union(assigned).union(reserved == null ? CpuSet.empty() : reserved);
            }
        }
        for (NodeFacts f : all) {
            if (f.capacity().containsKey(Resources.CPU) && f.capacity().get(Resources.CPU).isWhole()) {
                source[0] = f.source();
                return CpuSet.range(0, (int) f.capacity().get(Resources.CPU).value() - 1);
            }
        }
        return CpuSet.empty();
    }

    private static String kubernetesVersion(List<NodeFacts> all, MergeReport r) {
        for (NodeFacts f : all) {
            if (f.kubeletVersion() != null) {
                try {
                    String v = KubeVersion.parse(f.kubeletVersion()).toString();
                    r.gave("kubernetesVersion", f.source());
                    return v;
                } catch (IllegalArgumentException e) {
                    r.note(f.source() + ": kubelet version \"" + f.kubeletVersion() + "\" not understood; ignored");
                }
            }
        }
        return null;
    }
}
