package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import dev.numaadvisor.core.cpu.CpuTopologyIndex.Level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The kubelet's {@code cpuAccumulator}: the free CPUs still to choose from, the CPUs taken so far
 * and how many are still needed, plus the best-fit orderings of NUMA nodes, sockets, uncore caches,
 * cores and CPUs that the allocator walks. {@link #notes()} records every claim in plain words for
 * the trace.
 */
final class CpuAccumulator {
    private final CpuTopologyIndex topo;
    private final CpuSortingStrategy strategy;

    /**
     * NUMA-first when {@code NumSockets >= NumNUMANodes} (a NUMA node holds one socket or more);
     * sockets-first otherwise (sub-NUMA clustering: several NUMA nodes per socket).
     */
    private final boolean numaFirst;

    private CpuDetails details;
    private CpuSet result = CpuSet.empty();
    private int needed;
    private final List<String> notes = new ArrayList<>();

    /** False when nobody reads the notes (a disabled trace): callers then skip building them. */
    private final boolean explaining;

    CpuAccumulator(
            CpuTopologyIndex topo, CpuSet available, int numCpus, CpuSortingStrategy strategy) {
        this(topo, available, numCpus, strategy, true);
    }

    CpuAccumulator(
            CpuTopologyIndex topo,
            CpuSet available,
            int numCpus,
            CpuSortingStrategy strategy,
            boolean explaining) {
        this.explaining = explaining;
        this.topo = topo;
        this.strategy = strategy;
        this.numaFirst = topo.numSockets() >= topo.numNumaNodes();
        this.details = topo.keepOnly(available);
        this.needed = numCpus;
    }

    CpuDetails details() {
        return details;
    }

    CpuSet result() {
        return result;
    }

    int needed() {
        return needed;
    }

    boolean numaFirst() {
        return numaFirst;
    }

    List<String> notes() {
        return notes.isEmpty() ? List.of() : Collections.unmodifiableList(notes);
    }

    boolean explaining() {
        return explaining;
    }

    void note(String text) {
        notes.add(text);
    }

    void take(CpuSet cpus) {
        result = result.union(cpus);
        details = details.keepOnly(details.cpus().difference(result));
        needed -= cpus.size();
    }

    /** True when at least {@code n} more CPUs are needed ({@code needsAtLeast}). */
    boolean needsAtLeast(int n) {
        return needed >= n;
    }

    boolean isSatisfied() {
        return needed < 1;
    }

    /** More CPUs are needed than are free ({@code isFailed}). */
    boolean isFailed() {
        return needed > details.size();
    }

    // ---- orderings: "least free first" (best fit), ties by id ----
    //
    // Each ordering is built as an int array (the allocator walks them for every container; lists
    // of boxed ids were a tenth of a fleet run's allocation); the List methods box the same order.

    /**
     * The kubelet's {@code sort}: by number of free CPUs inside, ascending, then by id. Each count
     * is taken once and packed with the id into one long (both non-negative), so a plain sort of
     * the longs gives that order without recounting per comparison. Sorts {@code ids} in place
     * (every caller passes a fresh array) and returns it.
     */
    private int[] sortByFree(int[] ids, Level level) {
        if (ids.length < 2) {
            return ids;
        }
        long[] keys = new long[ids.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) details.countIn(level, ids[i]) << 32) | ids[i];
        }
        Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
            ids[i] = (int) keys[i];
        }
        return ids;
    }

    private static int[] concat(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<Integer> boxed(int[] ids) {
        List<Integer> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(id);
        }
        return out;
    }

    /*
     * Case analysis of the orderings (cpu_assignment.go, numaFirst / socketsFirst):
     *   NUMA-first:    NUMA nodes sorted directly; sockets = per NUMA node in that order, its
     *                  sockets sorted; cores = per socket in that order, its cores sorted.
     *   sockets-first: sockets sorted directly; NUMA nodes = per socket in that order, its NUMA
     *                  nodes sorted; cores = per NUMA node in that order, its cores sorted.
     * The per-parent lists are concatenated as they are, so an element shared by two parents
     * would appear twice, exactly as in the kubelet.
     */
    int[] sortedNumaNodes() {
        if (numaFirst) {
            return sortByFree(details.numaNodeIds(), Level.NUMA);
        }
        int[] out = new int[0];
        for (int socket : sortedSockets()) {
            out = concat(out, sortByFree(details.numaNodeIdsInSocket(socket), Level.NUMA));
        }
        return out;
    }

    int[] sortedSockets() {
        if (!numaFirst) {
            return sortByFree(details.socketIds(), Level.SOCKET);
        }
        int[] out = new int[0];
        for (int numa : sortedNumaNodes()) {
            out = concat(out, sortByFree(details.socketIdsInNumaNode(numa), Level.SOCKET));
        }
        return out;
    }

    int[] sortedCores() {
        int[] out = new int[0];
        if (numaFirst) {
            for (int socket : sortedSockets()) {
                out = concat(out, sortByFree(details.coreIdsInSocket(socket), Level.CORE));
            }
        } else {
            for (int numa : sortedNumaNodes()) {
                out = concat(out, sortByFree(details.coreIdsInNumaNode(numa), Level.CORE));
            }
        }
        return out;
    }

    /** Uncore caches: per NUMA node in NUMA order, its caches sorted by free CPUs. */
    int[] sortedUncoreCaches() {
        int[] out = new int[0];
        for (int numa : sortedNumaNodes()) {
            out = concat(out, sortByFree(details.uncoreCacheIdsInNumaNode(numa), Level.UNCORE));
        }
        return out;
    }

    /**
     * Single CPUs in hand-out order. Packed: per core in core order, its free CPUs by id (fills
     * half-used cores first). Spread: per socket in socket order, its free CPUs by id.
     */
    int[] sortedCpus() {
        int[] out = new int[0];
        if (strategy == CpuSortingStrategy.PACKED) {
            for (int core : sortedCores()) {
                out = concat(out, details.cpusInCores(core).toArray());
            }
        } else {
            for (int socket : sortedSockets()) {
                out = concat(out, details.cpusInSockets(socket).toArray());
            }
        }
        return out;
    }

    List<Integer> sortAvailableNumaNodes() {
        return boxed(sortedNumaNodes());
    }

    List<Integer> sortAvailableSockets() {
        return boxed(sortedSockets());
    }

    List<Integer> sortAvailableCores() {
        return boxed(sortedCores());
    }

    List<Integer> sortAvailableUncoreCaches() {
        return boxed(sortedUncoreCaches());
    }

    List<Integer> sortAvailableCpus() {
        return boxed(sortedCpus());
    }

    // ---- "free" elements: every CPU of the element is still free ----

    /**
     * The elements of {@code sorted}, in that order, whose free CPUs number {@code size(id)};
     * filters the (fresh) array in place.
     */
    private int[] whole(int[] sorted, Level level, java.util.function.IntUnaryOperator size) {
        int n = 0;
        for (int id : sorted) {
            if (details.countIn(level, id) == size.applyAsInt(id)) {
                sorted[n++] = id;
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    int[] freeNumaNodeIds() {
        return whole(sortedNumaNodes(), Level.NUMA, numa -> topo.details().countIn(Level.NUMA, numa));
    }

    /** A socket is free when its free CPUs equal {@code CPUsPerSocket} (the machine average). */
    int[] freeSocketIds() {
        return whole(sortedSockets(), Level.SOCKET, socket -> topo.cpusPerSocket());
    }

    /** A core is free when its free CPUs equal {@code CPUsPerCore} (the machine average). */
    int[] freeCoreIds() {
        return whole(sortedCores(), Level.CORE, core -> topo.cpusPerCore());
    }

    int[] freeUncoreCacheIds() {
        return whole(sortedUncoreCaches(), Level.UNCORE, uncore -> topo.details().countIn(Level.UNCORE, uncore));
    }

    List<Integer> freeNumaNodes() {
        return boxed(freeNumaNodeIds());
    }

    List<Integer> freeSockets() {
        return boxed(freeSocketIds());
    }

    List<Integer> freeCores() {
        return boxed(freeCoreIds());
    }

    List<Integer> freeUncoreCaches() {
        return boxed(freeUncoreCacheIds());
    }

    CpuTopologyIndex topo() {
        return topo;
    }
}
