package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

/** Policy {@code None}: no hints, no pinning; containers may use memory of every NUMA node. */
final class NoneMemoryPolicy implements MemoryPolicy {
    @Override
    public String name() {
        return MemoryManagerMessages.POLICY_NONE;
    }

    @Override
    public String start(MemoryState state, boolean skipStateValidation, Trace trace) {
        return null;
    }

    @Override
    public ProviderHints containerHints(
            MemoryState state, Pod pod, Container container, Trace trace) {
        if (trace.enabled()) {
            trace.add(
                    "memory: Memory Manager policy None: no preference for "
                            + container.name()
                            + ", its memory is not pinned to NUMA nodes");
        }
        return ProviderHints.none();
    }

    @Override
    public ProviderHints podHints(MemoryState state, Pod pod, Trace trace) {
        trace.add(
                "memory: Memory Manager policy None: no preference for pod "
                        + pod.name()
                        + ", its memory is not pinned to NUMA nodes");
        return ProviderHints.none();
    }

    @Override
    public void allocate(
            MemoryState state, Pod pod, Container container, TopologyHint affinity, Trace trace) {
        // Nothing to do: the None policy pins nothing.
    }

    @Override
    public void removeContainer(
            MemoryState state, String podUid, String containerName, Trace trace) {
        // Nothing was pinned, nothing to return.
    }

    @Override
    public MemoryPolicy copy() {
        return this;
    }
}
