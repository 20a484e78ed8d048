package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;

/**
 * A device a source reports: its device-plugin resource (null when the source cannot name one,
 * e.g. a NIC in {@code nvidia-smi topo -m}), its id, its NUMA node (null = unknown, the
 * kubelet's "no topology") and the CPUs local to it (null when not printed).
 */
public record DeviceFact(String resource, String id, Integer numaNode, CpuSet localCpus,
                         String label, String source) {
    public DeviceFact {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a device needs an id");
        }
    }
}
