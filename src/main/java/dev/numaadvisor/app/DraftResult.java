package dev.numaadvisor.app;

import dev.numaadvisor.core.rule.LintResult;
import java.util.List;

/**
 * A drafted KubeletConfiguration and everything that justifies it: the fields in output order
 * (each with why), the config as commented YAML, the reasoning, the reservedMemory arithmetic,
 * the capacity under each Topology Manager policy, the rollout plan for a human, and the two
 * checks it passed (lint with no error, the intended pod admitted aligned).
 */
public record DraftResult(String topologyManagerPolicy, List<Field> fields, String configYaml, List<String> reasoning,
                          String memoryArithmetic, List<Capacity> capacity, List<String> rollout,
                          LintResult lint, String admission) {
    public DraftResult {
        fields = List.copyOf(fields);
        reasoning = List.copyOf(reasoning);
        capacity = List.copyOf(capacity);
        rollout = List.copyOf(rollout);
    }

    /** One top-level field: its YAML-shaped value and why it is there. */
    public record Field(String name, Object value, String why) {
    }

    /**
     * Copies of the intended pod one node admits under {@code policy} before the first rejection
     * ({@code admitted}), how many of those are aligned, and the first rejection's reason (null
     * when the bound was reached).
     */
    public record Capacity(String policy, int admitted, int aligned, String firstRejection) {
    }
}
