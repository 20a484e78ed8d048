package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether an admitted pod's containers are aligned: every container with exclusive CPUs has its
 * CPUs, its Memory Manager NUMA nodes and its devices on one and the same set of NUMA nodes, and
 * that set is as narrow as the merged hint when the hint is preferred. Containers in the shared
 * pool are not aligned.
 */
final class Alignment {
    private Alignment() {
    }

    /** The NUMA nodes a pod's main containers sit on when aligned, else null. */
    static TreeSet<Integer> numaNodes(PodResult pod, Machine machine) {
        if (!pod.admitted()) {
            return null;
        }
        TreeSet<Integer> all = new TreeSet<>();
        for (ContainerResult c : pod.containers()) {
            if (c.init()) {
                continue;
            }
            TreeSet<Integer> own = containerNodes(c, machine);
            if (own == null) {
                return null;
            }
            all.addAll(own);
        }
        return all.isEmpty() ? null : all;
    }

    private static TreeSet<Integer> containerNodes(ContainerResult c, Machine machine) {
        if (!c.exclusiveCpus() || c.cpus() == null || c.cpus().isEmpty()) {
            return null;
        }
        TreeSet<Integer> cpuNodes = new TreeSet<>(machine.topology().numaMaskOf(c.cpus()).ids());
        TreeSet<Integer> used = new TreeSet<>(cpuNodes);
        if (c.memory() != null && c.memory().numaNodes() != null) {
            used.addAll(c.memory().numaNodes());
        }
        if (c.devices() != null) {
            for (Map.Entry<String, List<String>> e : c.devices().entrySet()) {
                for (Device d : machine.devicesOf(e.getKey())) {
                    if (e.getValue().contains(d.id()) && d.numaNode() != null) {
                        used.add(d.numaNode());
                    }
                }
            }
        }
        if (!used.equals(cpuNodes)) {
            return null;
        }
        if (c.mergedHint() != null && c.mergedHint().affinity() != null && c.mergedHint().preferred()
                && c.mergedHint().affinity().count() < used.size()) {
            return null;
        }
        return used;
    }
}
