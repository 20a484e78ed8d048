package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.admission.NodeAllocatable;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Pod;
import java.util.List;

/** How many copies of a pod mix fill a pool of one node shape: what a quick cliff chart needs. */
public final class PoolFill {
    private static final int MAX_COPIES = 100_000;

    private PoolFill() {
    }

    /**
     * Copies of each pod so that the mix asks, as the scheduler counts it, for every allocatable
     * CPU of {@code nodes} such nodes; at least one copy per node.
     */
    public static int copiesPerPod(Machine machine, KubeletConfig config, List<Pod> pods, int nodes) {
        long mixMillis = 0;
        for (Pod p : pods) {
            mixMillis += PodDemand.of(p, List.of()).cpuMillis();
        }
        if (mixMillis <= 0) {
            return nodes;
        }
        long poolMillis = NodeAllocatable.of(machine, config).resources().cpuMillis() * nodes;
        long copies = (poolMillis + mixMillis - 1) / mixMillis;
        return (int) Math.max(nodes, Math.min(copies, MAX_COPIES));
    }
}
