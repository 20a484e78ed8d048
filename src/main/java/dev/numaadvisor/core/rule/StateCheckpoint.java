package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.problem.SourcePosition;

/**
 * A kubelet state file as far as the rules need it: which manager wrote it, its policy name and,
 * for the CPU Manager, the {@code defaultCpuSet} ("" when absent or for memory).
 */
public record StateCheckpoint(Manager manager, String policyName, String defaultCpuSet, SourcePosition position) {
    public enum Manager { CPU, MEMORY }

    public StateCheckpoint {
        defaultCpuSet = defaultCpuSet == null ? "" : defaultCpuSet;
    }
}
