package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The kubelet's topology-aware CPU allocator ({@code cpu_assignment.go}): best-fit packing ({@link
 * #takeByTopologyNumaPacked}) and, with {@code distribute-cpus-across-numa}, {@link
 * NumaDistributedAssignment}. Pure functions of the topology and the candidate CPUs.
 */
public final class CpuAssignment {
    /** The kubelet's error when fewer CPUs are free than asked for. */
    static final String NOT_ENOUGH_CPUS =
            "not enough cpus available to satisfy request: requested=%d, available=%d";

    /** Unreachable when the up-front check passed; kept for fidelity. */
    static final String FAILED_TO_ALLOCATE = "failed to allocate cpus";

    private CpuAssignment() {}

    /** The chosen CPUs and the plain-words steps that chose them. */
    public record Result(CpuSet cpus, List<String> steps) {
        public Result {
            steps = List.copyOf(steps);
        }
    }

    /**
     * {@code takeByTopologyNUMAPacked}: exactly {@code numCpus} CPUs out of {@code available}.
     *
     * <p>Algorithm (topology-aware best fit), each step only while CPUs are still needed:
     *
     * <ol>
     *   <li>whole elements of the first level (NUMA-first: NUMA nodes; sockets-first: sockets),
     *       each one taken if at least its size is still needed;
     *   <li>whole elements of the second level (the other one);
     *   <li>with {@code prefer-align-cpus-by-uncorecache}: whole uncore caches, then a part of one
     *       cache that holds exactly what is still needed;
     *   <li>unless the strategy is spread: whole cores;
     *   <li>single CPUs in packed or spread order;
     *   <li>still short: "failed to allocate cpus" (cannot happen after the up-front check).
     * </ol>
     */
    public static Result takeByTopologyNumaPacked(
            CpuTopologyIndex topo,
            CpuSet available,
            int numCpus,
            CpuSortingStrategy strategy,
            boolean preferAlignByUncoreCache)
            throws CpuAssignmentError {
        return takeByTopologyNumaPacked(
                topo, available, numCpus, strategy, preferAlignByUncoreCache, true);
    }

    /**
     * As above; with {@code explaining} false the steps are left out (the same CPUs are chosen),
     * which spares a fleet run with a disabled trace the text of every claim.
     */
    public static Result takeByTopologyNumaPacked(
            CpuTopologyIndex topo,
            CpuSet available,
            int numCpus,
            CpuSortingStrategy strategy,
            boolean preferAlignByUncoreCache,
            boolean explaining)
            throws CpuAssignmentError {
        CpuAccumulator acc = new CpuAccumulator(topo, available, numCpus, strategy, explaining);
        if (acc.isSatisfied()) {
            return new Result(acc.result(), acc.notes());
        }
        if (acc.isFailed()) {
            throw new CpuAssignmentError(String.format(NOT_ENOUGH_CPUS, numCpus, available.size()));
        }
        if (acc.numaFirst()) {
            takeFullNumaNodes(acc);
        } else {
            takeFullSockets(acc);
        }
        if (acc.isSatisfied()) {
            return new Result(acc.result(), acc.notes());
        }
        if (acc.numaFirst()) {
            takeFullSockets(acc);
        } else {
            takeFullNumaNodes(acc);
        }
        if (acc.isSatisfied()) {
            return new Result(acc.result(), acc.notes());
        }
        if (preferAlignByUncoreCache) {
            UncoreCacheSteps.takeUncoreCache(acc);
            if (acc.isSatisfied()) {
                return new Result(acc.result(), acc.notes());
            }
        }
        if (strategy != CpuSortingStrategy.SPREAD) {
            takeFullCores(acc);
            if (acc.isSatisfied()) {
                return new Result(acc.result(), acc.notes());
            }
        }
        takeRemainingCpus(acc, strategy);
        if (acc.isSatisfied()) {
            return new Result(acc.result(), acc.notes());
        }
        throw new CpuAssignmentError(FAILED_TO_ALLOCATE);
    }

    /** Every free NUMA node (list computed once) whose size is still needed, in NUMA order. */
    static void takeFullNumaNodes(CpuAccumulator acc) {
        for (int numa : acc.freeNumaNodeIds()) {
            CpuSet cpus = acc.topo().details().cpusInNumaNodes(numa);
            if (!acc.needsAtLeast(cpus.size())) {
                continue;
            }
            acc.take(cpus);
            if (acc.explaining()) {
                acc.note("took the whole NUMA node " + numa + " (CPUs " + cpus + ")");
            }
        }
    }

    /** Every free socket (list computed once) whose size is still needed, in socket order. */
    static void takeFullSockets(CpuAccumulator acc) {
        for (int socket : acc.freeSocketIds()) {
            CpuSet cpus = acc.topo().details().cpusInSockets(socket);
            if (!acc.needsAtLeast(cpus.size())) {
                continue;
            }
            acc.take(cpus);
            if (acc.explaining()) {
                acc.note("took the whole socket " + socket + " (CPUs " + cpus + ")");
            }
        }
    }

    /** Every free core (list computed once) while a whole core's worth is still needed. */
    static void takeFullCores(CpuAccumulator acc) {
        List<Integer> cores = new ArrayList<>();
        CpuSet taken = CpuSet.empty();
        for (int core : acc.freeCoreIds()) {
            CpuSet cpus = acc.topo().details().cpusInCores(core);
            if (!acc.needsAtLeast(cpus.size())) {
                continue;
            }
            acc.take(cpus);
            cores.add(core);
            taken = taken.union(cpus);
        }
        if (!cores.isEmpty() && acc.explaining()) {
            acc.note("took " + CpuWords.wholeCores(acc.topo(), cores, taken));
        }
    }

    /** Single CPUs in the strategy's order (computed once) until satisfied. */
    static void takeRemainingCpus(CpuAccumulator acc, CpuSortingStrategy strategy) {
        CpuSet taken = CpuSet.empty();
        for (int cpu : acc.sortedCpus()) {
            acc.take(CpuSet.of(cpu));
            taken = taken.union(CpuSet.of(cpu));
            if (acc.isSatisfied()) {
                break;
            }
        }
        if (!taken.isEmpty() && acc.explaining()) {
            acc.note(
                    "took single CPUs "
                            + taken
                            + (strategy == CpuSortingStrategy.SPREAD
                                    ? " in spread order (one thread per core before any second"
                                          + " thread)"
                                    : " (partly used cores first, so no more cores are split than"
                                          + " needed)")
                            + " "
                            + CpuWords.where(acc.topo(), taken));
        }
    }
}
