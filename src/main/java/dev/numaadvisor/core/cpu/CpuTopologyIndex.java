package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuTopology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kubelet's {@code topology.CPUTopology} as the CPU Manager uses it: the machine's CPUs grouped
 * by NUMA node, socket, core and uncore cache, and the per-element averages ({@code CPUsPerCore}
 * etc.) that the kubelet computes as plain integer divisions of totals. Built once per machine;
 * immutable.
 */
public final class CpuTopologyIndex {
    private final CpuTopology topology;
    private final Map<Integer, CpuSet> byNuma;
    private final Map<Integer, CpuSet> bySocket;
    private final Map<Integer, CpuSet> byCore;
    private final Map<Integer, CpuSet> byUncore;
    private final CpuDetails all;

    public CpuTopologyIndex(CpuTopology topology) {
        this.topology = topology;
        this.byNuma = group(topology, Level.NUMA);
        this.bySocket = group(topology, Level.SOCKET);
        this.byCore = group(topology, Level.CORE);
        this.byUncore = group(topology, Level.UNCORE);
        this.all = new CpuDetails(this, topology.all());
    }

    /** The four levels of the CPU hierarchy the kubelet knows. */
    enum Level {
        NUMA,
        SOCKET,
        CORE,
        UNCORE;

        int of(CpuInfo c) {
            switch (this) {
                case NUMA:
                    return c.numaNode();
                case SOCKET:
                    return c.socket();
                case CORE:
                    return c.core();
                default:
                    return c.uncoreCache();
            }
        }
    }

    private static Map<Integer, CpuSet> group(CpuTopology topology, Level level) {
        Map<Integer, List<Integer>> ids = new TreeMap<>();
        for (CpuInfo c : topology.cpus()) {
            ids.computeIfAbsent(level.of(c), k -> new ArrayList<>()).add(c.id());
        }
        Map<Integer, CpuSet> out = new TreeMap<>();
        ids.forEach((k, v) -> out.put(k, CpuSet.of(v)));
        return Collections.unmodifiableMap(out);
    }

    public CpuTopology topology() {
        return topology;
    }

    /** All CPUs of the machine as details (the kubelet's {@code topo.CPUDetails}). */
    public CpuDetails details() {
        return all;
    }

    public CpuDetails keepOnly(CpuSet cpus) {
        return new CpuDetails(this, cpus.intersection(topology.all()));
    }

    public CpuSet allCpus() {
        return topology.all();
    }

    CpuSet cpusIn(Level level, int id) {
        CpuSet s = groups(level).get(id);
        return s == null ? CpuSet.empty() : s;
    }

    Map<Integer, CpuSet> groups(Level level) {
        switch (level) {
            case NUMA:
                return byNuma;
            case SOCKET:
                return bySocket;
            case CORE:
                return byCore;
            default:
                return byUncore;
        }
    }

    CpuInfo info(int cpu) {
        return topology.cpu(cpu);
    }

    public int numCpus() {
        return topology.numCpus();
    }

    public int numCores() {
        return byCore.size();
    }

    public int numSockets() {
        return bySocket.size();
    }

    public int numNumaNodes() {
        return byNuma.size();
    }

    public int numUncoreCaches() {
        return byUncore.size();
    }

    /** {@code CPUsPerCore}: total CPUs / total cores (an average on uneven machines). */
    public int cpusPerCore() {
        return numCores() == 0 ? 0 : numCpus() / numCores();
    }

    /** {@code CPUsPerSocket}: total CPUs / total sockets. */
    public int cpusPerSocket() {
        return numSockets() == 0 ? 0 : numCpus() / numSockets();
    }

    /** {@code CPUsPerUncore}: total CPUs / total uncore caches. */
    public int cpusPerUncore() {
        return numUncoreCaches() == 0 ? 0 : numCpus() / numUncoreCaches();
    }

    /** The core id of a CPU, or -1 when the CPU is not on this machine. */
    public int coreOf(int cpu) {
        return topology.has(cpu) ? topology.cpu(cpu).core() : -1;
    }

    public int numaOf(int cpu) {
        return topology.cpu(cpu).numaNode();
    }

    public int socketOf(int cpu) {
        return topology.cpu(cpu).socket();
    }
}
