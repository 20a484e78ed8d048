package dev.numaadvisor.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node's hardware: CPUs, NUMA nodes with their memory, the NUMA distance matrix (indexed by
 * node id; empty when unknown) and device-plugin devices.
 */
public record Machine(CpuTopology topology, Map<Integer, NumaNode> numaNodes,
                      Map<Integer, Map<Integer, Integer>> distances, List<Device> devices) {
    public Machine {
        numaNodes = Map.copyOf(new TreeMap<>(numaNodes));
        TreeMap<Integer, Map<Integer, Integer>> d = new TreeMap<>();
        distances.forEach((k, v) -> d.put(k, Map.copyOf(new TreeMap<>(v))));
        distances = java.util.Collections.unmodifiableMap(d);
        devices = List.copyOf(devices);
        for (int numa : topology.numaNodeIds()) {
            if (!numaNodes.containsKey(numa)) {
                throw new IllegalArgumentException("cpus name numa node " + numa
                        + " but it is not among the machine's NUMA nodes");
            }
        }
    }

    /** All NUMA node ids, with or without CPUs, ascending. */
    public List<Integer> numaNodeIds() {
        return new ArrayList<>(new TreeMap<>(numaNodes).keySet());
    }

    public NumaMask allNumaNodes() {
        return NumaMask.of(numaNodeIds());
    }

    public boolean hasDistances() {
        return !distances.isEmpty();
    }

    /** Distance between two nodes; 10 for a node to itself and 0 when unknown. */
    public int distance(int from, int to) {
        Map<Integer, Integer> row = distances.get(from);
        if (row == null || !row.containsKey(to)) {
            return from == to ? 10 : 0;
        }
        return row.get(to);
    }

    public List<Device> devicesOf(String resource) {
        List<Device> out = new ArrayList<>();
        for (Device d : devices) {
            if (d.resource().equals(resource)) {
                out.add(d);
            }
        }
        return out;
    }

    public long totalMemoryBytes() {
        return numaNodes.values().stream().mapToLong(NumaNode::memoryBytes).sum();
    }
}
