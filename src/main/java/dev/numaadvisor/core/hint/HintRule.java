package dev.numaadvisor.core.hint;

/**
 * One resource's hints when they were not all listed: the rule that decides every NUMA mask, what
 * the listing left out in words (for the trace and the contract's {@code hintsTruncated}), and the
 * bounds the merge's own search keeps to.
 */
public record HintRule(HintSpace space, String summary, HintBounds bounds) {
    public HintRule {
        if (space == null || summary == null || bounds == null) {
            throw new IllegalArgumentException("a hint rule needs a space, a summary and bounds");
        }
    }
}
