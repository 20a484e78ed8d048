package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.model.Machine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The nodes of one run, and what kube-scheduler sees of each (allocatable and requested totals)
 * held in parallel arrays indexed by the node's slot. The scheduler scans every node for every
 * pod; flat arrays keep that scan to a few loads per node instead of a walk through objects.
 */
final class Pool {
    private final List<FleetNode> nodes = new ArrayList<>();
    private final int resources;
    long[] cpuAllocatable;
    long[] memoryAllocatable;
    long[] cpuRequested;
    long[] memoryRequested;
    /** Indexed [extended resource][slot]. */
    long[][] extendedAllocatable;
    long[][] extendedRequested;

    Pool(int expectedNodes, int extendedResources) {
        int size = Math.max(1, expectedNodes);
        this.resources = extendedResources;
        cpuAllocatable = new long[size];
        memoryAllocatable = new long[size];
        cpuRequested = new long[size];
        memoryRequested = new long[size];
        extendedAllocatable = new long[extendedResources][size];
        extendedRequested = new long[extendedResources][size];
    }

    /** Adds a node with nothing requested yet; it books its pods here through {@link #book}. */
    FleetNode add(String name, Machine machine, NodeCapacity capacity, NodeSession session,
                  List<String> extendedNames) {
        int slot = nodes.size();
        if (slot == cpuAllocatable.length) {
            grow(slot * 2);
        }
        cpuAllocatable[slot] = capacity.cpuMillis();
        memoryAllocatable[slot] = capacity.memoryBytes();
        for (int r = 0; r < resources; r++) {
            extendedAllocatable[r][slot] = capacity.extended()[r];
        }
        FleetNode node = new FleetNode(name, machine, capacity, session, extendedNames, this, slot);
        nodes.add(node);
        return node;
    }

    int size() {
        return nodes.size();
    }

    FleetNode get(int slot) {
        return nodes.get(slot);
    }

    List<FleetNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** Adds ({@code sign} 1) or gives back ({@code sign} -1) a pod's requests on a node. */
    void book(int slot, PodDemand d, int sign) {
        cpuRequested[slot] += sign * d.cpuMillis();
        memoryRequested[slot] += sign * d.memoryBytes();
        for (int r = 0; r < resources; r++) {
            extendedRequested[r][slot] += sign * d.extended()[r];
        }
    }

    /** NodeResourcesFit's filter: requested + pod <= allocatable for cpu, memory and each asked extended resource. */
    boolean fits(int slot, PodDemand d) {
        return cpuRequested[slot] + d.cpuMillis() <= cpuAllocatable[slot]
                && memoryRequested[slot] + d.memoryBytes() <= memoryAllocatable[slot]
                && fitsExtended(slot, d.extended());
    }

    boolean fitsExtended(int slot, long[] ext) {
        for (int r = 0; r < ext.length; r++) {
            if (ext[r] > 0 && extendedRequested[r][slot] + ext[r] > extendedAllocatable[r][slot]) {
                return false;
            }
        }
        return true;
    }

    private void grow(int size) {
        cpuAllocatable = Arrays.copyOf(cpuAllocatable, size);
        memoryAllocatable = Arrays.copyOf(memoryAllocatable, size);
        cpuRequested = Arrays.copyOf(cpuRequested, size);
        memoryRequested = Arrays.copyOf(memoryRequested, size);
        for (int r = 0; r < resources; r++) {
            extendedAllocatable[r] = Arrays.copyOf(extendedAllocatable[r], size);
            extendedRequested[r] = Arrays.copyOf(extendedRequested[r], size);
        }
    }
}
