package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether an admitted pod's containers are aligned: every container with exclusive CPUs has its
 * CPUs, its Memory Manager NUMA nodes and its devices on one and the same set of NUMA nodes, and
 * that set is as narrow as the merged hint when the hint is preferred. Containers in the shared
 * pool are not aligned.
 */
public final class Alignment {
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

    /**
     * Why an admitted container with exclusive CPUs is not aligned, as words naming what sits
     * off its CPUs' NUMA nodes ("nvidia.com/gpu on NUMA [0]") or "its merged hint is not
     * preferred"; null when it is aligned or has no exclusive CPUs (the shared pool is not a
     * placement to call misaligned).
     */
    public static String misalignment(ContainerResult c, Machine machine) {
        if (!c.exclusiveCpus() || c.cpus() == null || c.cpus().isEmpty()) {
            return null;
        }
        TreeSet<Integer> cpuNodes = new TreeSet<>(machine.topology().numaMaskOf(c.cpus()).ids());
        List<String> off = new ArrayList<>();
        if (c.memory() != null && c.memory().numaNodes() != null
                && !cpuNodes.equals(new TreeSet<>(c.memory().numaNodes()))) {
            off.add("memory on NUMA " + c.memory().numaNodes());
        }
        if (c.devices() != null) {
            for (Map.Entry<String, List<String>> e : c.devices().entrySet()) {
                TreeSet<Integer> on = deviceNodes(machine, e.getKey(), e.getValue());
                if (!on.isEmpty() && !on.equals(cpuNodes)) {
                    off.add(e.getKey() + " on NUMA " + on);
                }
            }
        }
        if (off.isEmpty() && c.mergedHint() != null && !c.mergedHint().preferred()) {
            // Spread over more NUMA nodes than needed: the kubelet's own word for it is "not preferred".
            off.add("merged hint " + c.mergedHint().affinity() + " not preferred");
        }
        return off.isEmpty() ? null : String.join(", ", off);
    }

    /**
     * Every NUMA node a container holds something on: its exclusive CPUs' nodes, its Memory
     * Manager nodes and its devices' nodes (devices with no NUMA information add none).
     */
    public static TreeSet<Integer> heldNodes(ContainerResult c, Machine machine) {
        TreeSet<Integer> held = new TreeSet<>();
        if (c.exclusiveCpus() && c.cpus() != null) {
            held.addAll(machine.topology().numaMaskOf(c.cpus()).ids());
        }
        if (c.memory() != null && c.memory().numaNodes() != null) {
            held.addAll(c.memory().numaNodes());
        }
        if (c.devices() != null) {
            c.devices().forEach((resource, ids) -> held.addAll(deviceNodes(machine, resource, ids)));
        }
        return held;
    }

    /** The NUMA nodes of the devices {@code ids} of {@code resource}; empty when none has NUMA information. */
    public static TreeSet<Integer> deviceNodes(Machine machine, String resource, List<String> ids) {
        TreeSet<Integer> on = new TreeSet<>();
        for (Device d : machine.devicesOf(resource)) {
            if (ids.contains(d.id()) && d.numaNode() != null) {
                on.add(d.numaNode());
            }
        }
        return on;
    }

    private static TreeSet<Integer> containerNodes(ContainerResult c, Machine machine) {
        if (!c.exclusiveCpus() || c.cpus() == null || c.cpus().isEmpty()) {
            return null;
        }
        TreeSet<Integer> cpuNodes = new TreeSet<>(machine.topology().numaMaskOf(c.cpus()).ids());
        TreeSet<Integer> used = heldNodes(c, machine);
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
