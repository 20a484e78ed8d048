package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.cpu.CpuTopologyIndex.Level;
import dev.numaadvisor.core.model.CpuSet;

import java.util.ArrayList;
import java.util.List;

/**
 * A subset of the machine's CPUs with the kubelet's {@code topology.CPUDetails} queries: which NUMA
 * nodes, sockets, cores and uncore caches the subset touches, and which of its CPUs lie in given
 * elements. Immutable; id lists come back ascending and without duplicates.
 */
public final class CpuDetails {
    private final CpuTopologyIndex index;
    private final CpuSet cpus;

    CpuDetails(CpuTopologyIndex index, CpuSet cpus) {
        this.index = index;
        this.cpus = cpus;
    }

    public CpuSet cpus() {
        return cpus;
    }

    public int size() {
        return cpus.size();
    }

    public CpuDetails keepOnly(CpuSet keep) {
        return new CpuDetails(index, cpus.intersection(keep));
    }

    public List<Integer> numaNodes() {
        return ids(Level.NUMA, null);
    }

    public List<Integer> sockets() {
        return ids(Level.SOCKET, null);
    }

    public List<Integer> cores() {
        return ids(Level.CORE, null);
    }

    public List<Integer> uncoreCaches() {
        return ids(Level.UNCORE, null);
    }

    public CpuSet cpusInNumaNodes(int... ids) {
        return cpusIn(Level.NUMA, ids);
    }

    public CpuSet cpusInSockets(int... ids) {
        return cpusIn(Level.SOCKET, ids);
    }

    public CpuSet cpusInCores(int... ids) {
        return cpusIn(Level.CORE, ids);
    }

    public CpuSet cpusInUncoreCaches(int... ids) {
        return cpusIn(Level.UNCORE, ids);
    }

    /** {@link #numaNodes()} as an array: the allocator's orderings, without boxing. */
    int[] numaNodeIds() {
        return idArray(Level.NUMA, null);
    }

    int[] socketIdsInNumaNode(int numa) {
        return idArray(Level.SOCKET, cpusIn(Level.NUMA, numa));
    }

    int[] numaNodeIdsInSocket(int socket) {
        return idArray(Level.NUMA, cpusIn(Level.SOCKET, socket));
    }

    int[] socketIds() {
        return idArray(Level.SOCKET, null);
    }

    int[] coreIdsInSocket(int socket) {
        return idArray(Level.CORE, cpusIn(Level.SOCKET, socket));
    }

    int[] coreIdsInNumaNode(int numa) {
        return idArray(Level.CORE, cpusIn(Level.NUMA, numa));
    }

    int[] uncoreCacheIdsInNumaNode(int numa) {
        return idArray(Level.UNCORE, cpusIn(Level.NUMA, numa));
    }

    public List<Integer> socketsInNumaNodes(int... ids) {
        return ids(Level.SOCKET, cpusInNumaNodes(ids));
    }

    public List<Integer> numaNodesInSockets(int... ids) {
        return ids(Level.NUMA, cpusInSockets(ids));
    }

    public List<Integer> coresInSockets(int... ids) {
        return ids(Level.CORE, cpusInSockets(ids));
    }

    public List<Integer> coresInNumaNodes(int... ids) {
        return ids(Level.CORE, cpusInNumaNodes(ids));
    }

    public List<Integer> uncoreCachesInNumaNodes(int... ids) {
        return ids(Level.UNCORE, cpusInNumaNodes(ids));
    }

    /**
     * {@code CoresNeededInUncoreCache}: the cores of this subset that have a CPU in the uncore
     * cache, all of them when there are at most {@code coresNeeded}, else the lowest ids.
     */
    public List<Integer> coresNeededInUncoreCache(int coresNeeded, int uncoreCache) {
        List<Integer> cores = ids(Level.CORE, cpusInUncoreCaches(uncoreCache));
        return cores.size() <= coresNeeded ? cores : new ArrayList<>(cores.subList(0, coresNeeded));
    }

    /** How many CPUs of this subset lie in one element: the sort key of every best-fit ordering. */
    int countIn(Level level, int id) {
        return index.cpusIn(level, id).intersectionSize(cpus);
    }

    private CpuSet cpusIn(Level level, int... ids) {
        if (ids.length == 1) {
            return index.cpusIn(level, ids[0]).intersection(cpus);
        }
        CpuSet out = CpuSet.empty();
        for (int id : ids) {
            out = out.union(index.cpusIn(level, id));
        }
        return out.intersection(cpus);
    }

    /**
     * Distinct ids of {@code level} among {@code within} (all of this subset when null), ascending:
     * the elements, in id order, whose CPUs meet the set (a word test per element, no allocation
     * but the answer).
     */
    private List<Integer> ids(Level level, CpuSet within) {
        int[] ids = idArray(level, within);
        List<Integer> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(id);
        }
        return out;
    }

    /** {@link #ids} as an array. */
    private int[] idArray(Level level, CpuSet within) {
        CpuSet set = within == null ? cpus : within;
        int[] elements = index.elementIds(level);
        // Counted first (a word test per element), so the answer is the only array built.
        int n = 0;
        for (int i = 0; i < elements.length; i++) {
            if (index.elementCpus(level, i).intersects(set)) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int i = 0, k = 0; k < n; i++) {
            if (index.elementCpus(level, i).intersects(set)) {
                out[k++] = elements[i];
            }
        }
        return out;
    }

    static int[] array(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
