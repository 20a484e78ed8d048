package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.NumaShortfall;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.admission.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulator said about one container of the diagnosed pod, as its typed result: the
 * simulation (null when there was none), the pod's result and the container's (null when the
 * kubelet did not start, or the pod or container is missing).
 */
record Simulated(SimulationResult sim, PodResult pod, ContainerResult container) {
    static final Simulated NONE = new Simulated(null, null, null);

    static Simulated of(SimulationResult sim, String podName, String containerName) {
        if (sim == null) {
            return NONE;
        }
        PodResult pod = sim.startError() != null ? null : sim.pod(podName);
        ContainerResult container = null;
        for (ContainerResult c : pod == null ? List.<ContainerResult>of() : pod.containers()) {
            container = c.name().equals(containerName) ? c : container;
        }
        return new Simulated(sim, pod, container);
    }

    boolean started() {
        return sim != null && sim.startError() == null;
    }

    boolean rejected() {
        return pod != null && pod.verdict() != Verdict.ADMITTED;
    }

    /** "NUMA 0 lacks cpu, NUMA 1 lacks memory" for a Topology Manager rejection, else "". */
    String shortfalls() {
        List<String> parts = new ArrayList<>();
        if (container != null) {
            for (NumaShortfall s : container.shortfalls()) {
                parts.add("NUMA " + s.numaNode() + " lacks " + s.resource());
            }
        }
        return String.join(", ", parts);
    }
}
