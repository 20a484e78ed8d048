package dev.numaadvisor.core.memory;

/**
 * Test-fidelity switches for what the kubelet's unit tests construct and a real kubelet cannot be
 * configured into (contract {@code harness:}). {@code skipStateValidation}: take the restored
 * checkpoint's machine state as it is, without rebuilding and comparing it.
 */
public record MemoryHarness(boolean skipStateValidation) {}
