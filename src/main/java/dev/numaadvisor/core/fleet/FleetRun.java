package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.Harness;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * One config's run over the pool: each step, pods that finished leave, then the pending pods
 * (re-created rejects first, then new arrivals) are placed one by one by the scheduler model and
 * admitted by that node's kubelet. A rejected pod is not tried on another node in the same step:
 * its controller re-creates it and the scheduler places it again next step, up to the retry limit.
 */
final class FleetRun {
    private final FleetSpec spec;
    private final FleetConfig config;
    private final boolean numaAware;
    private final List<Arrival> arrivals;
    private final List<String> extendedNames;
    private final List<PodDemand> demands = new ArrayList<>();
    private final Pool pool;
    private final KubeScheduler scheduler;
    private final FleetTally tally;
    /** Per step, the pods that leave at its start (a pod admitted with a lifetime). */
    private List<List<FleetNode.Placement>> departures;

    /** A pod waiting for the scheduler; {@code attempt} 0 is the original, later ones are re-creations. */
    private record Pending(Arrival arrival, int attempt, boolean rejectedBefore) {
    }

    FleetRun(FleetSpec spec, FleetConfig config, boolean numaAware, List<Arrival> arrivals,
             List<String> extendedNames) {
        this.spec = spec;
        this.config = config;
        this.numaAware = numaAware;
        this.arrivals = arrivals;
        this.extendedNames = extendedNames;
        this.scheduler = new KubeScheduler(spec.scoring(), NumaFilter.of(numaAware, config.config()),
                spec.percentageOfNodesToScore());
        for (PodTemplate t : spec.templates()) {
            demands.add(PodDemand.of(t.pod(), extendedNames));
        }
        this.tally = new FleetTally(spec.templates(), demands, extendedNames);
        this.pool = new Pool(spec.nodeCount(), extendedNames.size());
        pool.keepScoresFor(demands, spec.scoring());
    }

    ConfigOutcome run(FleetProgress progress) {
        try {
            startNodes();
        } catch (KubeletStartError e) {
            return tally.startFailed(config, numaAware, e.getMessage(), arrivals.size());
        }
        Fragmenter.fragment(pool.nodes(), spec, extendedNames);
        int lastStep = spec.churn() ? spec.steps() : spec.retryLimit() + 1;
        departures = new ArrayList<>();
        for (int s = 0; s <= lastStep; s++) {
            departures.add(new ArrayList<>());
        }
        List<Pending> retry = new ArrayList<>();
        int cursor = 0;
        long handled = 0;
        for (int step = 0; step < lastStep; step++) {
            for (FleetNode.Placement d : departures.get(step)) {
                d.node().remove(d);
            }
            List<Pending> queue = retry;
            retry = new ArrayList<>();
            while (cursor < arrivals.size() && arrivals.get(cursor).step() == step) {
                queue.add(new Pending(arrivals.get(cursor++), 0, false));
            }
            for (Pending p : queue) {
                handle(p, step, lastStep, retry);
                if ((++handled & 1023) == 0) {
                    progress.advance(Math.min(handled, arrivals.size()), arrivals.size());
                }
            }
        }
        progress.advance(arrivals.size(), arrivals.size());
        return tally.outcome(config, numaAware, arrivals.size(), Stranding.of(pool.nodes(), demands));
    }

    private void startNodes() throws KubeletStartError {
        for (NodeShape shape : spec.shapes()) {
            NodeSession prototype = NodeSession.start(shape.machine(), config.config(), spec.version(), Harness.NONE,
                    Trace.disabled());
            NodeCapacity capacity = NodeCapacity.of(shape.machine(), config.config(), prototype.allocatableCpus(),
                    extendedNames);
            for (int i = 0; i < shape.count(); i++) {
                pool.add(shape.name() + "-" + i, shape.machine(), capacity, prototype.copy(), extendedNames);
            }
        }
    }

    private void handle(Pending p, int step, int lastStep, List<Pending> retry) {
        Arrival a = p.arrival();
        PodDemand demand = demands.get(a.template());
        int idx = scheduler.pick(pool, demand);
        boolean canRetry = p.attempt() < spec.retryLimit() && step + 1 < lastStep;
        if (idx < 0) {
            // Pending pods wait for room under churn; a one-shot fill has nothing that frees room.
            if (canRetry && spec.churn()) {
                retry.add(new Pending(a, p.attempt() + 1, p.rejectedBefore()));
            } else {
                tally.unschedulable(a.template(), p.rejectedBefore());
            }
            return;
        }
        FleetNode node = pool.get(idx);
        String uid = uid(a, p.attempt());
        FleetNode.Admission admission = node.admit(podFor(a, uid), demand, extendedNames);
        PodResult r = admission.result();
        if (r.admitted()) {
            tally.admitted(a.template(), crossNuma(admission.placement(), r));
            if (a.lifetimeSteps() > 0 && step + a.lifetimeSteps() < lastStep) {
                departures.get(step + a.lifetimeSteps()).add(admission.placement());
            }
            return;
        }
        tally.rejected(a.template(), r.reason(), p.rejectedBefore(), !canRetry);
        if (canRetry) {
            retry.add(new Pending(a, p.attempt() + 1, true));
        }
    }

    private static boolean crossNuma(FleetNode.Placement placement, PodResult r) {
        if (placement.numaSpan() > 1) {
            return true;
        }
        for (ContainerResult c : r.containers()) {
            if (c.mergedHint() != null && c.mergedHint().affinity() != null
                    && c.mergedHint().affinity().count() > 1) {
                return true;
            }
        }
        return false;
    }

    private String uid(Arrival a, int attempt) {
        String base = spec.templates().get(a.template()).name() + "-" + a.seq();
        return attempt == 0 ? base : base + "-r" + attempt;
    }

    private Pod podFor(Arrival a, String uid) {
        return spec.templates().get(a.template()).pod().replica(uid, uid);
    }
}
