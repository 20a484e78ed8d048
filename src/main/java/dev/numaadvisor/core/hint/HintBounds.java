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
     * The kubelet's own default limit (more needs max-allowable-numa-nodes), so every conformance
     * case and every machine a kubelet accepts out of the box gets complete lists. Above it the
     * full lists stop being cheap: measured per admitted pod (41 pods, warm), full vs bounded was
     * 0.10 vs 0.02 ms at 8 nodes, 0.34 vs 0.02 at 10, 3.0 vs 0.04 at 12, and 156 ms and 2 GiB at
     * 16 in a whole CLI run, with every 2^n - 1 mask written out per resource.
     */
    public static final int PLAIN_MAX_NUMA_NODES = 8;

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
