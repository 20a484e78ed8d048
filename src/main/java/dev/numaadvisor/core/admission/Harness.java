package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;

/**
 * The contract's {@code harness:} block: set-ups the kubelet's unit tests construct and a real
 * kubelet cannot be configured into. Every field is optional (null / false).
 */
public record Harness(Integer numReservedCPUs, CpuSet reservedCPUs, TopologyHint topologyHint,
                      boolean skipStateValidation, Integer distributeCPUGroupSize) {
    public static final Harness NONE = new Harness(null, null, null, false, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
