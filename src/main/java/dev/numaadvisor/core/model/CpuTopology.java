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
    private final CpuSet all;

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
    }

    public List<CpuInfo> cpus() {
        return cpus;
    }

    public CpuInfo cpu(int id) {
        CpuInfo c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException("cpu " + id + " is not on this machine");
        }
        return c;
    }

    public boolean has(int id) {
        return byId.containsKey(id);
    }

    public CpuSet all() {
        return all;
    }

    public int numCpus() {
        return cpus.size();
    }

    public List<Integer> numaNodeIds() {
        return distinct(CpuInfo::numaNode, all);
    }

    public List<Integer> socketIds() {
        return distinct(CpuInfo::socket, all);
    }

    public List<Integer> coreIds() {
        return distinct(CpuInfo::core, all);
    }

    public int numSockets() {
        return socketIds().size();
    }

    public int numCores() {
        return coreIds().size();
    }

    public int numNumaNodes() {
        return numaNodeIds().size();
    }

    /** CPUs per core on this machine (1 without SMT); 0 on a machine without CPUs. */
    public int cpusPerCore() {
        int cores = numCores();
        return cores == 0 ? 0 : cpus.size() / cores;
    }

    public CpuSet cpusInNuma(int numa) {
        return select(c -> c.numaNode() == numa, all);
    }

    public CpuSet cpusInSocket(int socket) {
        return select(c -> c.socket() == socket, all);
    }

    public CpuSet cpusInCore(int core) {
        return select(c -> c.core() == core, all);
    }

    public CpuSet cpusInUncore(int uncore) {
        return select(c -> c.uncoreCache() == uncore, all);
    }

    /** SMT siblings of a CPU, the CPU included. */
    public CpuSet siblings(int cpu) {
        return cpusInCore(cpu(cpu).core());
    }

    /** Distinct values of a CPU attribute among {@code within}, ascending. */
    public List<Integer> distinct(ToIntFunction<CpuInfo> attribute, CpuSet within) {
        TreeSet<Integer> out = new TreeSet<>();
        within.stream().filter(byId::containsKey).forEach(id -> out.add(attribute.applyAsInt(byId.get(id))));
        return new ArrayList<>(out);
    }

    public CpuSet select(java.util.function.Predicate<CpuInfo> p, CpuSet within) {
        List<Integer> ids = new ArrayList<>();
        within.stream().filter(byId::containsKey).forEach(id -> {
            if (p.test(byId.get(id))) {
                ids.add(id);
            }
        });
        return CpuSet.of(ids);
    }

    /** NUMA nodes that hold at least one CPU of the set. */
    public NumaMask numaMaskOf(CpuSet set) {
        return NumaMask.of(distinct(CpuInfo::numaNode, set));
    }
}
