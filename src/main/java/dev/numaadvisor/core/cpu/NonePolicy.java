package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

/**
 * The {@code none} policy: no pinning, no hints (no preference), nothing allocated; every container
 * may run on every CPU of the machine.
 */
final class NonePolicy implements CpuPolicy {
    private final CpuSet allCpus;

    NonePolicy(CpuSet allCpus) {
        this.allCpus = allCpus;
    }

    @Override
    public String name() {
        return POLICY_NONE;
    }

    @Override
    public void start(CpuManagerState state, Trace trace) {
        trace.add(
                "cpu: CPU Manager policy none: containers are not pinned and may run on every CPU");
    }

    @Override
    public ProviderHints containerHints(
            CpuManagerState state, Pod pod, Container container, Trace trace) {
        return ProviderHints.none();
    }

    @Override
    public ProviderHints podHints(CpuManagerState state, Pod pod, Trace trace) {
        return ProviderHints.none();
    }

    @Override
    public void allocate(
            CpuManagerState state,
            Pod pod,
            Container container,
            TopologyHint affinity,
            Trace trace) {
        trace.add(
                "cpu: "
                        + container.name()
                        + ": CPU Manager policy none -> no exclusive CPUs, it may run on every"
                        + " CPU");
    }

    @Override
    public void removeContainer(
            CpuManagerState state, String podUid, String container, Trace trace) {
        // Nothing was allocated, so nothing is returned.
    }

    @Override
    public CpuSet reserved() {
        return CpuSet.empty();
    }

    @Override
    public CpuSet sharedPool(CpuManagerState state) {
        return allCpus;
    }

    @Override
    public CpuPolicy copy() {
        return this;
    }
}
