package dev.numaadvisor.core.hint;

/**
 * How far the hint providers go. Up to {@code plainMaxNumaNodes} NUMA nodes they list every hint
 * as the kubelet does (it walks all 2^n - 1 NUMA masks); above, they describe each resource's
 * hints by the rule that decides them ({@link HintSpace}) and list only the first few. Every search
 * over such a rule stops after {@code searchSteps} steps with {@link HintSearchLimit}.
 *
 * @param plainMaxNumaNodes the largest machine whose hints are all listed (0 = never list all)
 * @param searchSteps the steps one search (one resource's hints, one merge) may take, at least 1
 */
public record HintBounds(int plainMaxNumaNodes, long searchSteps) {
    /**
     * 2^16 - 1 = 65,535 masks per resource: the largest lists the plain merge still combines in
     * about a second; the conformance cases (at most 8 NUMA nodes) all stay on this path.
     */
    public static final int PLAIN_MAX_NUMA_NODES = 16;

    /**
     * About a second of work per search on the bench machine; a pathological state stops cleanly
     * instead of hanging (the kubelet itself would need 2^n steps per resource there).
     */
    public static final long SEARCH_STEPS = 4_000_000;

    public static final HintBounds DEFAULT = new HintBounds(PLAIN_MAX_NUMA_NODES, SEARCH_STEPS);

    public HintBounds {
        if (plainMaxNumaNodes < 0 || searchSteps < 1) {
            throw new IllegalArgumentException("hint bounds must be positive");
        }
    }

    /** True when a machine of {@code numaNodes} NUMA nodes gets every hint listed. */
    public boolean listsAll(int numaNodes) {
        return numaNodes <= plainMaxNumaNodes;
    }

    /** A fresh step budget for one search, named for the error message ("the hints of cpu"). */
    public SearchBudget budget(String task, int numaNodes) {
        return new SearchBudget(searchSteps, task, numaNodes);
    }
}
