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

    /*
     * The same groups as flat arrays, per level: the ascending element ids and their CPUs at the
     * same position. Every allocation asks
     * "which CPUs of this subset lie in element X" and "which elements does this subset touch"
     * dozens of times; arrays answer without boxing or tree walks.
     */
    private final int[][] levelIds = new int[Level.values().length][];
    private final CpuSet[][] levelCpus = new CpuSet[Level.values().length][];

    public CpuTopologyIndex(CpuTopology topology) {
        this.topology = topology;
        this.byNuma = group(topology, Level.NUMA);
        this.bySocket = group(topology, Level.SOCKET);
        this.byCore = group(topology, Level.CORE);
        this.byUncore = group(topology, Level.UNCORE);
        this.all = new CpuDetails(this, topology.all());
        for (Level level : Level.values()) {
            Map<Integer, CpuSet> groups = groups(level);
            int[] ids = new int[groups.size()];
            CpuSet[] cpus = new CpuSet[groups.size()];
            int i = 0;
            for (Map.Entry<Integer, CpuSet> e : groups.entrySet()) {
                ids[i] = e.getKey();
                cpus[i++] = e.getValue();
            }
            levelIds[level.ordinal()] = ids;
            levelCpus[level.ordinal()] = cpus;
        }
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
        int[] ids = levelIds[level.ordinal()];
        if (id >= 0 && id < ids.length && ids[id] == id) {
            return levelCpus[level.ordinal()][id]; // ids 0..n-1, as most machines number them
        }
        int at = java.util.Arrays.binarySearch(ids, id);
        return at < 0 ? CpuSet.empty() : levelCpus[level.ordinal()][at];
    }

    /** The ascending ids of the level's elements. Callers must not modify the array. */
    int[] elementIds(Level level) {
        return levelIds[level.ordinal()];
    }

    /** The CPUs of the element at {@code position} in {@link #elementIds}. */
    CpuSet elementCpus(Level level, int position) {
        return levelCpus[level.ordinal()][position];
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
