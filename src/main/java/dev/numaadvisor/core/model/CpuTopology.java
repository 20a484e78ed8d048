package dev.numaadvisor.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The logical CPUs of a machine with their core, socket, NUMA node and uncore cache, indexed the
 * way the kubelet's {@code topology.CPUDetails} queries them. Immutable; CPU ids are unique.
 */
public final class CpuTopology {
    private final List<CpuInfo> cpus;
    private final Map<Integer, CpuInfo> byId = new TreeMap<>();
    /** CPU id -> info (null where no CPU): the lookup every CPU Manager query makes. */
    private final CpuInfo[] byIndex;
    private final CpuSet all;
    /** Per NUMA node, socket, core and uncore cache: its CPUs, grouped once here. */
    private final Map<Integer, CpuSet> numaCpus;
    private final Map<Integer, CpuSet> socketCpus;
    private final Map<Integer, CpuSet> coreCpus;
    private final Map<Integer, CpuSet> uncoreCpus;

    public CpuTopology(List<CpuInfo> cpus) {
        List<CpuInfo> sorted = new ArrayList<>(cpus);
        sorted.sort((a, b) -> Integer.compare(a.id(), b.id()));
        for (CpuInfo c : sorted) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("cpu " + c.id() + " is listed twice");
            }
        }
        this.cpus = Collections.unmodifiableList(sorted);
        this.all = CpuSet.of(byId.keySet());
        this.byIndex = new CpuInfo[sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).id() + 1];
        for (CpuInfo c : sorted) {
            byIndex[c.id()] = c;
        }
        this.numaCpus = group(sorted, CpuInfo::numaNode);
        this.socketCpus = group(sorted, CpuInfo::socket);
        this.coreCpus = group(sorted, CpuInfo::core);
        this.uncoreCpus = group(sorted, CpuInfo::uncoreCache);
    }

    private static Map<Integer, CpuSet> group(List<CpuInfo> cpus, ToIntFunction<CpuInfo> attribute) {
        Map<Integer, List<Integer>> ids = new TreeMap<>();
        for (CpuInfo c : cpus) {
            ids.computeIfAbsent(attribute.applyAsInt(c), k -> new ArrayList<>()).add(c.id());
        }
        Map<Integer, CpuSet> out = new TreeMap<>();
        ids.forEach((k, v) -> out.put(k, CpuSet.of(v)));
        return Collections.unmodifiableMap(out);
    }

    public List<CpuInfo> cpus() {
        return cpus;
    }

    public CpuInfo cpu(int id) {
        CpuInfo c = id >= 0 && id < byIndex.length ? byIndex[id] : null;
        if (c == null) {
            throw new IllegalArgumentException("cpu " + id + " is not on this machine");
        }
        return c;
    }

    public boolean has(int id) {
        return id >= 0 && id < byIndex.length && byIndex[id] != null;
    }

    public CpuSet all() {
        return all;
    }

    public int numCpus() {
        return cpus.size();
    }

    public List<Integer> numaNodeIds() {
        return new ArrayList<>(numaCpus.keySet());
    }

    public List<Integer> socketIds() {
        return new ArrayList<>(socketCpus.keySet());
    }

    public List<Integer> coreIds() {
        return new ArrayList<>(coreCpus.keySet());
    }

    public int numSockets() {
        return socketCpus.size();
    }

    public int numCores() {
        return coreCpus.size();
    }

    public int numNumaNodes() {
        return numaCpus.size();
    }

    /** CPUs per core on this machine (1 without SMT); 0 on a machine without CPUs. */
    public int cpusPerCore() {
        int cores = numCores();
        return cores == 0 ? 0 : cpus.size() / cores;
    }

    public CpuSet cpusInNuma(int numa) {
        return numaCpus.getOrDefault(numa, CpuSet.empty());
    }

    public CpuSet cpusInSocket(int socket) {
        return socketCpus.getOrDefault(socket, CpuSet.empty());
    }

    public CpuSet cpusInCore(int core) {
        return coreCpus.getOrDefault(core, CpuSet.empty());
    }

    public CpuSet cpusInUncore(int uncore) {
        return uncoreCpus.getOrDefault(uncore, CpuSet.empty());
    }

    /** SMT siblings of a CPU, the CPU included. */
    public CpuSet siblings(int cpu) {
        return cpusInCore(cpu(cpu).core());
    }

    /** Distinct values of a CPU attribute among {@code within}, ascending. */
    public List<Integer> distinct(ToIntFunction<CpuInfo> attribute, CpuSet within) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int id : within.toArray()) {
            if (has(id)) {
                out.add(attribute.applyAsInt(byIndex[id]));
            }
        }
        return new ArrayList<>(out);
    }

    public CpuSet select(java.util.function.Predicate<CpuInfo> p, CpuSet within) {
        List<Integer> ids = new ArrayList<>();
        for (int id : within.toArray()) {
            if (has(id) && p.test(byIndex[id])) {
                ids.add(id);
            }
        }
        return CpuSet.of(ids);
    }

    /** NUMA nodes that hold at least one CPU of the set. */
    public NumaMask numaMaskOf(CpuSet set) {
        long bits = 0;
        for (int id : set.toArray()) {
            if (has(id)) {
                bits |= 1L << byIndex[id].numaNode();
            }
        }
        return new NumaMask(bits);
    }
}
