package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

/** A CPU Manager policy ({@code cpumanager.Policy}): {@code none} or {@code static}. */
sealed interface CpuPolicy permits NonePolicy, StaticPolicy {
    String POLICY_NONE = "none";
    String POLICY_STATIC = "static";

    String name();

    /** Checks and initialises a restored state ({@code Start}); the error text is the kubelet's. */
    void start(CpuManagerState state, Trace trace) throws KubeletStartError;

    ProviderHints containerHints(CpuManagerState state, Pod pod, Container container, Trace trace);

    ProviderHints podHints(CpuManagerState state, Pod pod, Trace trace);

    void allocate(
            CpuManagerState state, Pod pod, Container container, TopologyHint affinity, Trace trace)
            throws AdmissionError;

    void removeContainer(CpuManagerState state, String podUid, String container, Trace trace);

    /** CPUs never handed out exclusively (empty under none). */
    CpuSet reserved();

    /** The CPUs shared-pool containers run on, given the state. */
    CpuSet sharedPool(CpuManagerState state);

    /** An independent copy (the static policy keeps per-pod reusable CPUs). */
    CpuPolicy copy();
}
