package dev.numaadvisor.core.hint;

/**
 * Counts the steps of one bounded search and stops it with {@link HintSearchLimit} when they run
 * out, so no state can make a search hang. Not thread-safe: one search, one budget.
 */
public final class SearchBudget {
    private final long maxSteps;
    private final String task;
    private final int numaNodes;
    private long steps;

    SearchBudget(long maxSteps, String task, int numaNodes) {
        this.maxSteps = maxSteps;
        this.task = task;
        this.numaNodes = numaNodes;
    }

    /** One step more; throws when the budget is spent. */
    public void spend() {
        if (++steps > maxSteps) {
            throw new HintSearchLimit(task, maxSteps, numaNodes);
        }
    }

    /** Steps taken so far (for tests and the bench). */
    public long steps() {
        return steps;
    }
}
