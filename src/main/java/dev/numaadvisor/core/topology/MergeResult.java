package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import java.util.Objects;

/** What a policy's merge returns: the hint the Topology Manager stores and whether it admits. */
public record MergeResult(TopologyHint hint, boolean admit) {
    public MergeResult {
        Objects.requireNonNull(hint, "hint");
    }
}
