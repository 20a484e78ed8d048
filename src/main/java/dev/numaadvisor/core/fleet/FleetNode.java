package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the pool during one config's run: its kubelet session, what the scheduler has
 * counted as requested, and the free amounts per NUMA node as the kubelet actually placed them.
 */
final class FleetNode {
    final String name;
    final Machine machine;
    final NodeCapacity capacity;
    final NodeSession session;
    private final Pool pool;
    private final int slot;
    final int[] freeCpus;
    final long[] freeMemory;
    final int[][] freeDevices;
    private final Map<String, Integer> deviceNuma = new HashMap<>();
    private final boolean[] reportsNuma;

    /**
     * What one admitted pod took on this node: scheduler totals and per-NUMA amounts, to give back
     * on removal. The caller keeps it until the pod leaves, instead of the node keeping a map by
     * uid: that lookup, on a node not touched for a thousand pods, was a tenth of a fleet run.
     */
    record Placement(FleetNode node, String uid, PodDemand demand, int[] cpus, long[] memory, int[][] devices) {
        /** How many NUMA nodes the pod touches (0 when it holds nothing pinned). */
        int numaSpan() {
            return FleetNode.numaSpan(cpus, memory, devices);
        }
    }

    /** The kubelet's answer, and where the pod sits when it was admitted (else null). */
    record Admission(PodResult result, Placement placement) {
    }

    /** Made by {@link Pool#add}, which keeps the scheduler's totals for {@code slot}. */
    FleetNode(String name, Machine machine, NodeCapacity capacity, NodeSession session, List<String> extendedNames,
              Pool pool, int slot) {
        this.name = name;
        this.machine = machine;
        this.capacity = capacity;
        this.session = session;
        this.pool = pool;
        this.slot = slot;
        this.freeCpus = capacity.cpusPerNuma().clone();
        this.freeMemory = capacity.memoryPerNuma().clone();
        this.freeDevices = new int[capacity.devicesPerNuma().length][];
        this.reportsNuma = new boolean[freeDevices.length];
        for (int r = 0; r < freeDevices.length; r++) {
            freeDevices[r] = capacity.devicesPerNuma()[r].clone();
            for (int count : freeDevices[r]) {
                reportsNuma[r] |= count > 0;
            }
            for (Device d : machine.devicesOf(extendedNames.get(r))) {
                if (d.numaNode() != null) {
                    deviceNuma.put(extendedNames.get(r) + "/" + d.id(), d.numaNode());
                }
            }
        }
    }

    /** Admits through the kubelet; on success books the pod and says where it sits. */
    Admission admit(Pod pod, PodDemand demand, List<String> extendedNames) {
        PodResult r = session.admit(pod);
        if (!r.admitted()) {
            return new Admission(r, null);
        }
        Placement p = placementOf(pod, r, demand, extendedNames);
        apply(p, -1);
        return new Admission(r, p);
    }

    /** Whether any NUMA node reports devices of extended resource {@code r} (NRT zones list only those). */
    boolean reportsNuma(int r) {
        return reportsNuma[r];
    }

    /** Whether the scheduler's NodeResourcesFit filter passes this node for the pod. */
    boolean fits(PodDemand d) {
        return pool.fits(slot, d);
    }

    /** The pod leaves: the kubelet forgets it and its amounts are free again. Once per placement. */
    void remove(Placement p) {
        if (p.node() != this || !session.remove(p.uid())) {
            throw new IllegalStateException("pod " + p.uid() + " is not running on " + name);
        }
        apply(p, 1);
    }

    private void apply(Placement u, int sign) {
        pool.book(slot, u.demand, -sign);
        for (int i = 0; i < freeCpus.length; i++) {
            freeCpus[i] += sign * u.cpus[i];
            freeMemory[i] += sign * u.memory[i];
            for (int r = 0; r < freeDevices.length; r++) {
                freeDevices[r][i] += sign * u.devices[r][i];
            }
        }
    }

    /**
     * Where the kubelet put the pod. Exclusive CPUs count on their NUMA node; memory counts on the
     * Memory Manager's nodes (split evenly when it spans several) or, with no Memory Manager
     * assignment, on the NUMA node of the container's first exclusive CPU.
     */
    private Placement placementOf(Pod pod, PodResult r, PodDemand demand, List<String> extendedNames) {
        int n = freeCpus.length;
        int[] cpus = new int[n];
        long[] memory = new long[n];
        int[][] devices = new int[freeDevices.length][n];
        CpuTopology topo = machine.topology();
        int[] ids = capacity.numaIds();
        List<ContainerResult> containers = r.containers();
        for (int k = 0; k < containers.size(); k++) { // indexed: no iterator per admitted pod
            ContainerResult c = containers.get(k);
            int firstNuma = -1;
            if (c.exclusiveCpus() && c.cpus() != null) {
                for (int cpu : c.cpus().toArray()) {
                    int idx = NodeCapacity.indexOf(ids, topo.cpu(cpu).numaNode());
                    cpus[idx]++;
                    firstNuma = firstNuma < 0 ? idx : firstNuma;
                }
            }
            long bytes = pod.container(c.name()).requestValue("memory");
            if (c.init()) {
                bytes = 0; // init containers' memory is re-used by the app containers
            }
            if (c.memory() != null && !c.memory().numaNodes().isEmpty()) {
                List<Integer> mems = c.memory().numaNodes();
                for (int numa : mems) {
                    memory[NodeCapacity.indexOf(ids, numa)] += bytes / mems.size();
                }
            } else if (firstNuma >= 0) {
                memory[firstNuma] += bytes;
            }
            if (c.devices() != null) {
                c.devices().forEach((resource, list) -> {
                    int res = extendedNames.indexOf(resource);
                    for (String id : list) {
                        Integer numa = deviceNuma.get(resource + "/" + id);
                        if (res >= 0 && numa != null) {
                            devices[res][NodeCapacity.indexOf(ids, numa)]++;
                        }
                    }
                });
            }
        }
        return new Placement(this, pod.uid(), demand, cpus, memory, devices);
    }

    /** NUMA nodes (by index) the pod's containers hold anything on. */
    static int numaSpan(int[] cpus, long[] memory, int[][] devices) {
        int span = 0;
        for (int i = 0; i < cpus.length; i++) {
            boolean used = cpus[i] > 0 || memory[i] > 0;
            for (int[] d : devices) {
                used |= d[i] > 0;
            }
            span += used ? 1 : 0;
        }
        return span;
    }
}
