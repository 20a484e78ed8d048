package dev.numaadvisor.app;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.Machine;
import java.util.ArrayList;
import java.util.List;

/**
 * Known kubelet defects a config (and, when given, a machine) runs into, by release. Only
 * issues the specs name are listed (RULES.md, TOPOLOGY-MANAGER.md); each with its workaround.
 */
public final class KnownDefects {
    /** One defect hit: the upstream issue or PR, what happens, and the workaround. */
    public record Defect(String issue, String what, String workaround) {
    }

    private KnownDefects() {
    }

    /** {@code machine} may be null: the machine-dependent defects then stay quiet. */
    public static List<Defect> of(KubeletConfig c, Machine machine, KubeVersion version) {
        List<Defect> out = new ArrayList<>();
        String policy = c.topologyManagerPolicy();
        boolean rejecting = KubeletConfig.TOPOLOGY_POLICY_RESTRICTED.equals(policy)
                || KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE.equals(policy);
        if (rejecting) {
            out.add(new Defect("kubernetes/kubernetes#84869", "a pod rejected with TopologyAffinityError is Failed,"
                    + " not rescheduled; a ReplicaSet recreates it, possibly on the same node (runaway failed pods)",
                    "steer the pods with nodeSelector/taints or a topology-aware scheduler (NodeResourceTopology)"));
        }
        int numaNodes = machine == null ? 0 : machine.numaNodeIds().size();
        boolean merging = rejecting || KubeletConfig.TOPOLOGY_POLICY_BEST_EFFORT.equals(policy);
        if (numaNodes > 2 && merging && !version.atLeast(1, 24)) {
            out.add(new Defect("kubernetes/kubernetes#108052", "before 1.24, on more than 2 NUMA nodes, merging"
                    + " hints such as {0,1}+{0,2} gave {0} preferred: misaligned or wrongly rejected pods",
                    "upgrade the kubelet to 1.24 or later"));
        }
        if (numaNodes > 8 && !KubeletConfig.TOPOLOGY_POLICY_NONE.equals(policy)
                && !c.topologyManagerPolicyOptions().containsKey("max-allowable-numa-nodes")) {
            out.add(new Defect("kubernetes/kubernetes#124144 (PR #124148)", "the kubelet refuses to start on a"
                    + " machine with more than 8 NUMA nodes (" + numaNodes + ") unless the limit is raised",
                    version.atLeast(1, 31) ? "topologyManagerPolicyOptions max-allowable-numa-nodes: \""
                            + numaNodes + "\" (admission cost grows as 2^N), or policy none"
                            : "topologyManagerPolicy none (max-allowable-numa-nodes needs 1.31)"));
        }
        for (ReservedMemory r : c.reservedMemory()) {
            if (r.limits().keySet().stream().anyMatch(k -> k.startsWith("hugepages-"))) {
                out.add(new Defect("kubernetes/kubernetes#140544 (bottlerocket-os/bottlerocket-core-kit#821)",
                        "reservedMemory with hugepages fails the Node Allocatable check: the kubelet does not start",
                        "reserve only memory; keep system hugepages out of the pool by sizing nr_hugepages per node"));
                break;
            }
        }
        return out;
    }
}
