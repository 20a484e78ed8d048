package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.admission.NodeAllocatable;
import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.admission.ResourceFit;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.ResourceAmounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The nodes of one run, and what kube-scheduler sees of each (allocatable, the requests of the
 * pods it placed there and their count), indexed by the node's slot. The fit itself is
 * {@link ResourceFit}, the kubelet's own check.
 */
final class Pool {
    private final List<FleetNode> nodes = new ArrayList<>();
    NodeAllocatable[] allocatable;
    ResourceAmounts[] requested;
    int[] pods;
    /*
     * The cpu and memory of allocatable and requested again as plain numbers, which book() keeps
     * equal to the records: the fit and the score read them, and reading records and map
     * iterators for hundreds of nodes per pod was most of a fleet run's time.
     */
    long[] allocatablePods;
    long[] allocatableCpuMillis;
    long[] allocatableMemoryBytes;
    long[] requestedCpuMillis;
    long[] requestedMemoryBytes;
    /*
     * Per pod template, NodeResourcesFit's filter and score for every node ({@link NodeScores}),
     * for the scoring the run's scheduler uses: add() and book() keep them current. The scheduler
     * looks at hundreds of nodes per pod, while a node's answers change only when a pod lands on
     * it or leaves. The same functions on the same numbers, so the same answers.
     */
    private List<PodDemand> scored = List.of();
    private Scoring scoring;
    private NodeScores[] scores = new NodeScores[0];

    Pool(int expectedNodes, int extendedResources) {
        int size = Math.max(1, expectedNodes);
        allocatable = new NodeAllocatable[size];
        requested = new ResourceAmounts[size];
        pods = new int[size];
        allocatablePods = new long[size];
        allocatableCpuMillis = new long[size];
        allocatableMemoryBytes = new long[size];
        requestedCpuMillis = new long[size];
        requestedMemoryBytes = new long[size];
    }

    /** Adds a node with nothing requested yet; it books its pods here through {@link #book}. */
    FleetNode add(String name, Machine machine, NodeCapacity capacity, NodeSession session,
                  List<String> extendedNames) {
        int slot = nodes.size();
        if (slot == allocatable.length) {
            grow(slot * 2);
        }
        allocatable[slot] = capacity.allocatable();
        requested[slot] = ResourceAmounts.ZERO;
        allocatablePods[slot] = capacity.allocatable().pods();
        allocatableCpuMillis[slot] = capacity.allocatable().resources().cpuMillis();
        allocatableMemoryBytes[slot] = capacity.allocatable().resources().memoryBytes();
        rescore(slot);
        FleetNode node = new FleetNode(name, machine, capacity, session, extendedNames, this, slot);
        nodes.add(node);
        return node;
    }

    int size() {
        return nodes.size();
    }

    FleetNode get(int slot) {
        return nodes.get(slot);
    }

    List<FleetNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** Adds ({@code sign} 1) or gives back ({@code sign} -1) a pod's requests on a node. */
    void book(int slot, PodDemand d, int sign) {
        requested[slot] = sign > 0 ? requested[slot].plus(d.request()) : requested[slot].minus(d.request());
        requestedCpuMillis[slot] = requested[slot].cpuMillis();
        requestedMemoryBytes[slot] = requested[slot].memoryBytes();
        pods[slot] += sign;
        rescore(slot);
    }

    /** Keeps every slot's fit and score for these demands (the run's templates), from now on. */
    void keepScoresFor(List<PodDemand> demands, Scoring scoring) {
        this.scored = List.copyOf(demands);
        this.scoring = scoring;
        this.scores = new NodeScores[scored.size()];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = new NodeScores(allocatable.length);
        }
        for (int slot = 0; slot < nodes.size(); slot++) {
            rescore(slot);
        }
    }

    /** The kept answers for this demand (the same object) under this scoring, or null. */
    NodeScores scoresFor(PodDemand d, Scoring scoring) {
        if (scoring != this.scoring) {
            return null;
        }
        for (int k = 0; k < scored.size(); k++) {
            if (scored.get(k) == d) {
                return scores[k];
            }
        }
        return null;
    }

    private void rescore(int slot) {
        for (int k = 0; k < scored.size(); k++) {
            PodDemand d = scored.get(k);
            scores[k].set(slot, !fits(slot, d) ? Double.NaN
                    : KubeScheduler.score(scoring, KubeScheduler.allocatedAfter(requestedCpuMillis[slot],
                            allocatableCpuMillis[slot], requestedMemoryBytes[slot], allocatableMemoryBytes[slot],
                            d.cpuMillis(), d.memoryBytes())));
        }
    }

    /** NodeResourcesFit's filter: the kubelet's resource fit, on what the scheduler has booked. */
    boolean fits(int slot, PodDemand d) {
        ResourceAmounts request = d.request();
        if (request.scalarResources().isEmpty()) {
            return ResourceFit.fitsCpuAndMemory(allocatablePods[slot], allocatableCpuMillis[slot],
                    allocatableMemoryBytes[slot], pods[slot], requestedCpuMillis[slot], requestedMemoryBytes[slot],
                    request.cpuMillis(), request.memoryBytes());
        }
        return ResourceFit.fits(allocatable[slot], requested[slot], pods[slot], request);
    }

    private void grow(int size) {
        allocatable = Arrays.copyOf(allocatable, size);
        requested = Arrays.copyOf(requested, size);
        pods = Arrays.copyOf(pods, size);
        allocatablePods = Arrays.copyOf(allocatablePods, size);
        allocatableCpuMillis = Arrays.copyOf(allocatableCpuMillis, size);
        allocatableMemoryBytes = Arrays.copyOf(allocatableMemoryBytes, size);
        requestedCpuMillis = Arrays.copyOf(requestedCpuMillis, size);
        requestedMemoryBytes = Arrays.copyOf(requestedMemoryBytes, size);
        for (NodeScores k : scores) {
            k.grow(size);
        }
    }
}
