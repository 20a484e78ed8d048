package dev.numaadvisor.app.session;

import dev.numaadvisor.app.Fleet;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.fleet.FleetConfig;
import dev.numaadvisor.core.fleet.FleetProgress;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.FleetSpec;
import dev.numaadvisor.core.fleet.NodeShape;
import dev.numaadvisor.core.fleet.PodTemplate;
import dev.numaadvisor.core.fleet.PoolFill;
import dev.numaadvisor.core.fleet.Scoring;
import dev.numaadvisor.core.pod.Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /fleet}: a small pool made of the session's node ({@link #NODES} copies, 20% fragmented)
 * and its pods, each repeated until together they ask for every allocatable CPU of the pool (at
 * least once per node) — a pool with room to spare shows no cliff — under the four Topology
 * Manager policies with the session's other kubelet settings.
 */
public final class SessionFleet {
    public static final int NODES = 10;
    private static final int FRAGMENTATION_PERCENT = 20;
    private static final long SEED = 1;

    private SessionFleet() {
    }

    /** Throws IllegalStateException without a node or pods, InputException on bad input. */
    public static FleetReport run(Session session, int nodes) {
        return run(session, nodes, FleetProgress.NONE);
    }

    public static FleetReport run(Session session, int nodes, FleetProgress progress) {
        SimulationInput in = SessionRun.run(session).scenario().input();
        List<Pod> pods = in.pods();
        if (pods.isEmpty()) {
            throw new IllegalStateException("no pods yet: add some (/pod add web cpu=4 mem=8Gi)");
        }
        int copies = PoolFill.copiesPerPod(in.machine(), in.config(), pods, nodes);
        List<PodTemplate> templates = new ArrayList<>();
        for (Pod p : pods) {
            templates.add(new PodTemplate(p.name(), p, copies, 0, 0));
        }
        List<FleetConfig> configs = new ArrayList<>();
        for (String policy : List.of(KubeletConfig.TOPOLOGY_POLICY_NONE, KubeletConfig.TOPOLOGY_POLICY_BEST_EFFORT,
                KubeletConfig.TOPOLOGY_POLICY_RESTRICTED, KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE)) {
            configs.add(new FleetConfig(policy, in.config().withTopologyManagerPolicy(policy)));
        }
        FleetSpec spec = new FleetSpec("session", List.of(new NodeShape("node", in.machine(), nodes)), templates,
                configs, Scoring.LEAST_ALLOCATED, false, 0, 0, FRAGMENTATION_PERCENT, 3, SEED, in.version());
        return Fleet.run(spec, progress, Runtime.getRuntime().availableProcessors());
    }
}
