package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

/** A Memory Manager policy ({@code memorymanager.Policy}) working on a {@link MemoryState}. */
sealed interface MemoryPolicy permits NoneMemoryPolicy, StaticMemoryPolicy {
    /** The name written to the checkpoint: {@code None} or {@code Static}. */
    String name();

    /** Validates (and completes) the restored state; null when fine, else the kubelet's error. */
    String start(MemoryState state, boolean skipStateValidation, Trace trace);

    ProviderHints containerHints(MemoryState state, Pod pod, Container container, Trace trace);

    ProviderHints podHints(MemoryState state, Pod pod, Trace trace);

    void allocate(
            MemoryState state, Pod pod, Container container, TopologyHint affinity, Trace trace)
            throws AdmissionError;

    void removeContainer(MemoryState state, String podUid, String containerName, Trace trace);

    /** An independent copy of the policy's own in-memory bookkeeping. */
    MemoryPolicy copy();
}
