package dev.numaadvisor.core.hint;

import dev.numaadvisor.core.model.NumaMask;

/**
 * The kubelet's {@code TopologyHint}: a NUMA affinity ({@code null} = any node, "don't care")
 * and whether that placement is preferred.
 */
public record TopologyHint(NumaMask affinity, boolean preferred) {
    /** {nil, true}: a provider with no NUMA preference. */
    public static final TopologyHint DONT_CARE = new TopologyHint(null, true);
    /** {nil, false}: the zero hint; also what an unsatisfiable resource becomes in the merge. */
    public static final TopologyHint ZERO = new TopologyHint(null, false);

    public static TopologyHint of(boolean preferred, int... numaNodes) {
        return new TopologyHint(NumaMask.of(numaNodes), preferred);
    }

    /** The kubelet's {@code LessThan}: preferred first, then the narrower mask. */
    public boolean lessThan(TopologyHint other) {
        if (preferred != other.preferred) {
            return preferred;
        }
        return affinity != null && other.affinity != null && affinity.isNarrowerThan(other.affinity);
    }

    @Override
    public String toString() {
        return (affinity == null ? "any" : affinity.toString()) + (preferred ? " preferred" : " not preferred");
    }
}
