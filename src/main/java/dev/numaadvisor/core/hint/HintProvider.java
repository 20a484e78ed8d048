package dev.numaadvisor.core.hint;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

/**
 * A resource manager as the Topology Manager sees it ({@code topologymanager.HintProvider}).
 * Implementations own their node state and change it only in {@link #allocate} and
 * {@link #removeContainer}; a simulation works on its own copies.
 */
public interface HintProvider {
    /** Short name used in traces: {@code device}, {@code cpu}, {@code memory}. */
    String name();

    /** Hints for one container (container scope). */
    ProviderHints containerHints(Pod pod, Container container, Trace trace);

    /** Hints for the pod's aggregate request (pod scope). */
    ProviderHints podHints(Pod pod, Trace trace);

    /**
     * Allocates for one container given the affinity the Topology Manager stored for it
     * ({@link TopologyHint#ZERO} under policy none).
     */
    void allocate(Pod pod, Container container, TopologyHint affinity, Trace trace) throws AdmissionError;

    /** Returns what a container holds to the free pool, as the kubelet does on removal. */
    void removeContainer(String podUid, String containerName, Trace trace);
}
