package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.hint.HintBounds;

/**
 * Test-fidelity switches for what the kubelet's unit tests construct and a real kubelet cannot be
 * configured into (contract {@code harness:}). {@code skipStateValidation}: take the restored
 * checkpoint's machine state as it is, without rebuilding and comparing it. {@code hintBounds}:
 * when hints are listed in full (null = {@link HintBounds#DEFAULT}); Java only, for tests that force
 * the bounded hints on small machines.
 */
public record MemoryHarness(boolean skipStateValidation, HintBounds hintBounds) {
    public MemoryHarness(boolean skipStateValidation) {
        this(skipStateValidation, null);
    }
}
