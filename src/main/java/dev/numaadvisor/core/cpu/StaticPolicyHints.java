package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import java.util.List;

/** The static policy's {@code GetTopologyHints} and {@code GetPodTopologyHints}. */
final class StaticPolicyHints {
    private StaticPolicyHints() {}

    /*
     * Container scope:
     *   - count 0 -> no hints at all (the kubelet returns nil: "no preference");
     *   - the container already holds CPUs: a different size -> [] (no mask can satisfy it);
     *     the same size -> hints regenerated from those CPUs alone, nothing reusable;
     *   - otherwise hints from the shared pool minus reserved, plus this pod's reusable CPUs.
     */
    static ProviderHints containerHints(
            StaticPolicy p, CpuManagerState state, Pod pod, Container c, Trace trace) {
        int requested = (int) GuaranteedCpus.of(pod, c);
        if (requested == 0) {
            if (trace.enabled()) {
                trace.add(
                        "cpu: "
                                + GuaranteedCpus.explain(pod, c)
                                + "; no CPU hints (no NUMA preference)");
            }
            return ProviderHints.none();
        }
        CpuHintGenerator gen = p.hintGenerator();
        CpuSet allocated = state.cpuSet(pod.uid(), c.name());
        if (allocated != null) {
            return fromAllocated(gen, c.name(), allocated, requested, trace);
        }
        if (trace.enabled()) {
            trace.add("cpu: hints for " + c.name() + ", " + CpuWords.cpus(requested) + " exclusive");
        }
        return gen.hints(p.available(state), p.reusable(pod.uid()), requested, trace);
    }

    private static ProviderHints fromAllocated(
            CpuHintGenerator gen, String who, CpuSet allocated, int requested, Trace trace) {
        if (allocated.size() != requested) {
            trace.add(
                    "cpu: "
                            + who
                            + " already holds "
                            + CpuWords.cpus(allocated.size())
                            + " ("
                            + allocated
                            + ") but requests "
                            + requested
                            + " -> empty hint list: no NUMA placement can satisfy it");
            return ProviderHints.of(Resources.CPU, List.of());
        }
        trace.add(
                "cpu: "
                        + who
                        + " already holds CPUs "
                        + allocated
                        + " -> hints regenerated from those CPUs");
        return gen.hints(allocated, CpuSet.empty(), requested, trace);
    }

    /*
     * Pod scope: count = podGuaranteedCPUs (0 -> no hints). The CPUs the pod's containers already
     * hold are summed; a container whose set differs from its own count -> []; when the sum
     * equals the pod count, hints are regenerated from it; otherwise the held CPUs count as
     * reusable and hints are computed normally.
     */
    static ProviderHints podHints(StaticPolicy p, CpuManagerState state, Pod pod, Trace trace) {
        int requested = (int) GuaranteedCpus.ofPod(pod);
        if (requested == 0) {
            trace.add(
                    "cpu: pod "
                            + pod.name()
                            + " asks for no exclusive CPUs; no CPU hints (no NUMA preference)");
            return ProviderHints.none();
        }
        CpuHintGenerator gen = p.hintGenerator();
        CpuSet assigned = CpuSet.empty();
        for (Container c : pod.allContainers()) {
            CpuSet allocated = state.cpuSet(pod.uid(), c.name());
            if (allocated == null) {
                continue;
            }
            int own = (int) GuaranteedCpus.of(pod, c);
            if (allocated.size() != own) {
                return fromAllocated(gen, c.name(), allocated, own, trace);
            }
            assigned = assigned.union(allocated);
        }
        if (assigned.size() == requested) {
            trace.add(
                    "cpu: pod "
                            + pod.name()
                            + " already holds CPUs "
                            + assigned
                            + " -> hints regenerated from those CPUs");
            return gen.hints(assigned, CpuSet.empty(), requested, trace);
        }
        if (trace.enabled()) {
            trace.add(
                    "cpu: pod hints for "
                            + pod.name()
                            + ", "
                            + CpuWords.cpus(requested)
                            + " exclusive in all (the largest of the init containers and the sum of the"
                            + " long-running containers)");
        }
        CpuSet reusable = p.reusable(pod.uid()).union(assigned);
        return gen.hints(p.available(state), reusable, requested, trace);
    }
}
