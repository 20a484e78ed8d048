package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kubelet's {@code takeByTopologyNUMADistributed} ({@code distribute-cpus-across-numa}): when
 * one NUMA node is not enough, spread the CPUs evenly, in groups of {@code cpuGroupSize}, over the
 * combination of NUMA nodes that leaves the free CPUs per node most balanced.
 */
public final class NumaDistributedAssignment {
    static final String ACCOUNTING_NOT_ENOUGH =
            "accounting error, not enough CPUs allocated, remaining: %d";
    static final String ACCOUNTING_TOO_MANY =
            "accounting error, too many CPUs allocated, remaining: %d";

    private NumaDistributedAssignment() {}

    /**
     *
     *
     * <ol>
     *   <li>count not a multiple of the group size: packed over all candidates;
     *   <li>not enough free CPUs: the kubelet's "not enough cpus" error;
     *   <li>for k = minNUMAs..maxNUMAs, search the k-combinations of available NUMA nodes (in
     *       accumulator order) for the best balance ({@link DistributionSearch}); the first k with
     *       a usable combination wins: take {@code distribution} CPUs packed from each member, then
     *       the remainder one group at a time round-robin over the chosen subset;
     *   <li>no usable combination for any k: packed over all candidates.
     * </ol>
     */
    public static CpuAssignment.Result take(
            CpuTopologyIndex topo,
            CpuSet available,
            int numCpus,
            int cpuGroupSize,
            CpuSortingStrategy strategy,
            boolean alignBySocket)
            throws CpuAssignmentError {
        if (numCpus % cpuGroupSize != 0) {
            CpuAssignment.Result packed =
                    CpuAssignment.takeByTopologyNumaPacked(
                            topo, available, numCpus, strategy, false);
            return withFirst(
                    "distribute-cpus-across-numa: "
                            + numCpus
                            + " is not a multiple of the CPU"
                            + " group size "
                            + cpuGroupSize
                            + ", so the CPUs are packed instead",
                    packed);
        }
        CpuAccumulator acc = new CpuAccumulator(topo, available, numCpus, strategy);
        if (acc.isSatisfied()) {
            return new CpuAssignment.Result(acc.result(), acc.notes());
        }
        if (acc.isFailed()) {
            throw new CpuAssignmentError(
                    String.format(CpuAssignment.NOT_ENOUGH_CPUS, numCpus, available.size()));
        }
        List<Integer> numas = acc.sortAvailableNumaNodes();
        int[] range = rangeNumaNodesNeededToSatisfy(acc, cpuGroupSize);
        for (int k = range[0]; k <= range[1]; k++) {
            DistributionSearch search =
                    new DistributionSearch(acc, numas, numCpus, cpuGroupSize, alignBySocket);
            GoCombinations.iterate(numas, k, search::consider);
            if (search.bestCombo() == null) {
                continue;
            }
            allocate(acc, search, numCpus, cpuGroupSize, strategy, alignBySocket);
            return new CpuAssignment.Result(acc.result(), acc.notes());
        }
        CpuAssignment.Result packed =
                CpuAssignment.takeByTopologyNumaPacked(topo, available, numCpus, strategy, false);
        return withFirst(
                "distribute-cpus-across-numa: no combination of "
                        + range[0]
                        + " to "
                        + range[1]
                        + " NUMA nodes can share "
                        + numCpus
                        + " CPUs evenly, so the CPUs are packed instead",
                packed);
    }

    private static CpuAssignment.Result withFirst(String note, CpuAssignment.Result r) {
        List<String> steps = new ArrayList<>();
        steps.add(note);
        steps.addAll(r.steps());
        return new CpuAssignment.Result(r.cpus(), steps);
    }

    /**
     * {@code rangeNUMANodesNeededToSatisfy}, on machine totals: groups = ceil(NumCPUs / g),
     * groupsPerNUMA = ceil(groups / NumNUMANodes), needGroups = ceil(needed / g); min =
     * ceil(needGroups / groupsPerNUMA), max = min(needGroups, NUMA nodes with a free CPU).
     */
    static int[] rangeNumaNodesNeededToSatisfy(CpuAccumulator acc, int g) {
        CpuTopologyIndex topo = acc.topo();
        int groups = (topo.numCpus() - 1) / g + 1;
        int groupsPerNuma = (groups - 1) / topo.numNumaNodes() + 1;
        int needGroups = (acc.needed() - 1) / g + 1;
        int min = (needGroups - 1) / groupsPerNuma + 1;
        int max = Math.min(needGroups, acc.details().numaNodes().size());
        return new int[] {min, max};
    }

    /*
     * Allocation from the chosen combination. Both the combination and the remainder subset are
     * read now, from the (possibly overwritten) Go slices: see GoCombinations. Errors of the
     * per-node packing are ignored as in the kubelet (an empty set is taken), which surfaces
     * later as an accounting error. Where the kubelet would loop forever (no node of the subset
     * can take another group), we stop and let the accounting check report it.
     */
    private static void allocate(
            CpuAccumulator acc,
            DistributionSearch search,
            int numCpus,
            int g,
            CpuSortingStrategy strategy,
            boolean alignBySocket)
            throws CpuAssignmentError {
        List<Integer> combo = search.bestCombo().read();
        search.noteChoice(combo);
        int distribution = numCpus / combo.size() / g * g;
        if (alignBySocket) {
            for (int numa : combo) {
                distribution =
                        Math.min(distribution, acc.details().cpusInNumaNodes(numa).size() / g * g);
            }
        }
        for (int numa : combo) {
            acc.take(
                    packedOrEmpty(
                            acc, acc.details().cpusInNumaNodes(numa), distribution, strategy));
        }
        acc.note(
                "took "
                        + CpuWords.cpus(distribution)
                        + " from each of NUMA nodes "
                        + CpuWords.numas(combo));
        int remainder = numCpus - distribution * combo.size();
        List<Integer> subset =
                search.bestRemainder() == null ? List.of() : search.bestRemainder().read();
        CpuSet extra = CpuSet.empty();
        while (remainder > 0) {
            int before = remainder;
            for (int numa : subset) {
                if (remainder == 0) {
                    break;
                }
                CpuSet free = acc.details().cpusInNumaNodes(numa);
                if (free.size() < g) {
                    continue;
                }
                CpuSet cpus = packedOrEmpty(acc, free, g, strategy);
                acc.take(cpus);
                extra = extra.union(cpus);
                remainder -= g;
            }
            if (remainder == before) {
                acc.note(
                        "no NUMA node of the remainder set can take another group of "
                                + g
                                + " (the kubelet would not finish here)");
                break;
            }
        }
        if (!extra.isEmpty()) {
            acc.note(
                    "took the remaining CPUs "
                            + extra
                            + " in groups of "
                            + g
                            + " from NUMA nodes "
                            + CpuWords.numas(subset)
                            + " to keep the free CPUs per node balanced");
        }
        if (acc.needed() > 0) {
            throw new CpuAssignmentError(String.format(ACCOUNTING_NOT_ENOUGH, acc.needed()));
        }
        if (acc.needed() < 0) {
            throw new CpuAssignmentError(String.format(ACCOUNTING_TOO_MANY, acc.needed()));
        }
    }

    private static CpuSet packedOrEmpty(
            CpuAccumulator acc, CpuSet free, int count, CpuSortingStrategy strategy) {
        try {
            return CpuAssignment.takeByTopologyNumaPacked(acc.topo(), free, count, strategy, false)
                    .cpus();
        } catch (CpuAssignmentError e) {
            return CpuSet.empty();
        }
    }

    /** Population standard deviation, mean and result rounded to 3 decimals as the kubelet does. */
    static double standardDeviation(Map<Integer, Integer> values) {
        double sum = 0;
        for (int v : values.values()) {
            sum += v;
        }
        double mean = Math.round(sum / values.size() * 1000) / 1000.0;
        double squares = 0;
        for (int v : values.values()) {
            squares += (v - mean) * (v - mean);
        }
        return Math.round(Math.sqrt(squares / values.size()) * 1000) / 1000.0;
    }

    static Map<Integer, Integer> copy(Map<Integer, Integer> m) {
        return new TreeMap<>(m);
    }
}
