package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;

/**
 * The contract's {@code harness:} block: set-ups the kubelet's unit tests construct and a real
 * kubelet cannot be configured into. Every field is optional (null / false). {@code hintBounds} is
 * Java only (no YAML key): tests set it to force the bounded hint path on small machines.
 */
public record Harness(Integer numReservedCPUs, CpuSet reservedCPUs, TopologyHint topologyHint,
                      boolean skipStateValidation, Integer distributeCPUGroupSize,
                      HintBounds hintBounds) {
    public static final Harness NONE = new Harness(null, null, null, false, null);

    public Harness(Integer numReservedCPUs, CpuSet reservedCPUs, TopologyHint topologyHint,
                   boolean skipStateValidation, Integer distributeCPUGroupSize) {
        this(numReservedCPUs, reservedCPUs, topologyHint, skipStateValidation, distributeCPUGroupSize, null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The same harness with other hint bounds. */
    public Harness withHintBounds(HintBounds bounds) {
        return new Harness(numReservedCPUs, reservedCPUs, topologyHint, skipStateValidation,
                distributeCPUGroupSize, bounds);
    }

    /** The hint bounds to use: the given ones, else the default. */
    public HintBounds hintBoundsOrDefault() {
        return hintBounds == null ? HintBounds.DEFAULT : hintBounds;
    }
}
