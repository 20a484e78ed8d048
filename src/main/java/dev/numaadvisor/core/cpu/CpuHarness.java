package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.model.CpuSet;

/**
 * The scenario's {@code harness:} block as far as the CPU Manager reads it (test fidelity only):
 * set-ups the kubelet's unit tests construct and a real kubelet cannot be configured into. Every
 * field may be null (= the kubelet's own rule).
 *
 * @param numReservedCPUs replaces the count derived from kube/system-reserved (0 allowed; the
 *     checks that a reservation exists are then skipped)
 * @param reservedCPUs the explicit reserved set, instead of {@code reservedSystemCPUs}
 * @param distributeCPUGroupSize the group size of {@code distribute-cpus-across-numa}
 * @param hintBounds when hints are listed in full (null = {@link HintBounds#DEFAULT}); Java only,
 *     for tests that force the bounded hints on small machines
 */
public record CpuHarness(
        Integer numReservedCPUs,
        CpuSet reservedCPUs,
        Integer distributeCPUGroupSize,
        HintBounds hintBounds) {
    public CpuHarness(
            Integer numReservedCPUs, CpuSet reservedCPUs, Integer distributeCPUGroupSize) {
        this(numReservedCPUs, reservedCPUs, distributeCPUGroupSize, null);
    }

    public CpuHarness {
        if (numReservedCPUs != null && numReservedCPUs < 0) {
            throw new IllegalArgumentException("harness.numReservedCPUs must not be negative");
        }
        if (distributeCPUGroupSize != null && distributeCPUGroupSize < 1) {
            throw new IllegalArgumentException("harness.distributeCPUGroupSize must be at least 1");
        }
    }
}
