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
        return Collections.unmodifiableList(notes);
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

    /**
     * The kubelet's {@code sort}: by number of free CPUs inside, ascending, then by id. Each count
     * is taken once and packed with the id into one long (both non-negative), so a plain sort of
     * the longs gives that order without recounting per comparison.
     */
    private List<Integer> sortByFree(List<Integer> ids, Level level) {
        long[] keys = new long[ids.size()];
        for (int i = 0; i < keys.length; i++) {
            int id = ids.get(i);
            keys[i] = ((long) details.countIn(level, id) << 32) | id;
        }
        Arrays.sort(keys);
        List<Integer> out = new ArrayList<>(keys.length);
        for (long k : keys) {
            out.add((int) k);
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
    List<Integer> sortAvailableNumaNodes() {
        if (numaFirst) {
            return sortByFree(details.numaNodes(), Level.NUMA);
        }
        List<Integer> out = new ArrayList<>();
        for (int socket : sortAvailableSockets()) {
            out.addAll(sortByFree(details.numaNodesInSockets(socket), Level.NUMA));
        }
        return out;
    }

    List<Integer> sortAvailableSockets() {
        if (!numaFirst) {
            return sortByFree(details.sockets(), Level.SOCKET);
        }
        List<Integer> out = new ArrayList<>();
        for (int numa : sortAvailableNumaNodes()) {
            out.addAll(sortByFree(details.socketsInNumaNodes(numa), Level.SOCKET));
        }
        return out;
    }

    List<Integer> sortAvailableCores() {
        List<Integer> out = new ArrayList<>();
        if (numaFirst) {
            for (int socket : sortAvailableSockets()) {
                out.addAll(sortByFree(details.coresInSockets(socket), Level.CORE));
            }
        } else {
            for (int numa : sortAvailableNumaNodes()) {
                out.addAll(sortByFree(details.coresInNumaNodes(numa), Level.CORE));
            }
        }
        return out;
    }

    /** Uncore caches: per NUMA node in NUMA order, its caches sorted by free CPUs. */
    List<Integer> sortAvailableUncoreCaches() {
        List<Integer> out = new ArrayList<>();
        for (int numa : sortAvailableNumaNodes()) {
            out.addAll(
                    sortByFree(details.uncoreCachesInNumaNodes(numa), Level.UNCORE));
        }
        return out;
    }

    /**
     * Single CPUs in hand-out order. Packed: per core in core order, its free CPUs by id (fills
     * half-used cores first). Spread: per socket in socket order, its free CPUs by id.
     */
    List<Integer> sortAvailableCpus() {
        List<Integer> out = new ArrayList<>();
        if (strategy == CpuSortingStrategy.PACKED) {
            for (int core : sortAvailableCores()) {
                out.addAll(details.cpusInCores(core).toList());
            }
        } else {
            for (int socket : sortAvailableSockets()) {
                out.addAll(details.cpusInSockets(socket).toList());
            }
        }
        return out;
    }

    // ---- "free" elements: every CPU of the element is still free ----

    List<Integer> freeNumaNodes() {
        List<Integer> out = new ArrayList<>();
        for (int numa : sortAvailableNumaNodes()) {
            if (details.countIn(Level.NUMA, numa)
                    == topo.details().countIn(Level.NUMA, numa)) {
                out.add(numa);
            }
        }
        return out;
    }

    /** A socket is free when its free CPUs equal {@code CPUsPerSocket} (the machine average). */
    List<Integer> freeSockets() {
        List<Integer> out = new ArrayList<>();
        for (int socket : sortAvailableSockets()) {
            if (details.countIn(Level.SOCKET, socket) == topo.cpusPerSocket()) {
                out.add(socket);
            }
        }
        return out;
    }

    /** A core is free when its free CPUs equal {@code CPUsPerCore} (the machine average). */
    List<Integer> freeCores() {
        List<Integer> out = new ArrayList<>();
        for (int core : sortAvailableCores()) {
            if (details.countIn(Level.CORE, core) == topo.cpusPerCore()) {
                out.add(core);
            }
        }
        return out;
    }

    List<Integer> freeUncoreCaches() {
        List<Integer> out = new ArrayList<>();
        for (int uncore : sortAvailableUncoreCaches()) {
            if (details.countIn(Level.UNCORE, uncore)
                    == topo.details().countIn(Level.UNCORE, uncore)) {
                out.add(uncore);
            }
        }
        return out;
    }

    CpuTopologyIndex topo() {
        return topo;
    }
}
