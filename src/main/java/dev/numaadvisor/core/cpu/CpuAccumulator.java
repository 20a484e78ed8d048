package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

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

    CpuAccumulator(
            CpuTopologyIndex topo, CpuSet available, int numCpus, CpuSortingStrategy strategy) {
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

    /** The kubelet's {@code sort}: by number of free CPUs inside, ascending, then by id. */
    private static List<Integer> sortByFree(List<Integer> ids, IntFunction<CpuSet> freeCpus) {
        List<Integer> out = new ArrayList<>(ids);
        out.sort(
                Comparator.<Integer>comparingInt(id -> freeCpus.apply(id).size())
                        .thenComparingInt(id -> id));
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
            return sortByFree(details.numaNodes(), details::cpusInNumaNodes);
        }
        List<Integer> out = new ArrayList<>();
        for (int socket : sortAvailableSockets()) {
            out.addAll(sortByFree(details.numaNodesInSockets(socket), details::cpusInNumaNodes));
        }
        return out;
    }

    List<Integer> sortAvailableSockets() {
        if (!numaFirst) {
            return sortByFree(details.sockets(), details::cpusInSockets);
        }
        List<Integer> out = new ArrayList<>();
        for (int numa : sortAvailableNumaNodes()) {
            out.addAll(sortByFree(details.socketsInNumaNodes(numa), details::cpusInSockets));
        }
        return out;
    }

    List<Integer> sortAvailableCores() {
        List<Integer> out = new ArrayList<>();
        if (numaFirst) {
            for (int socket : sortAvailableSockets()) {
                out.addAll(sortByFree(details.coresInSockets(socket), details::cpusInCores));
            }
        } else {
            for (int numa : sortAvailableNumaNodes()) {
                out.addAll(sortByFree(details.coresInNumaNodes(numa), details::cpusInCores));
            }
        }
        return out;
    }

    /** Uncore caches: per NUMA node in NUMA order, its caches sorted by free CPUs. */
    List<Integer> sortAvailableUncoreCaches() {
        List<Integer> out = new ArrayList<>();
        for (int numa : sortAvailableNumaNodes()) {
            out.addAll(
                    sortByFree(details.uncoreCachesInNumaNodes(numa), details::cpusInUncoreCaches));
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
            if (details.cpusInNumaNodes(numa).size()
                    == topo.details().cpusInNumaNodes(numa).size()) {
                out.add(numa);
            }
        }
        return out;
    }

    /** A socket is free when its free CPUs equal {@code CPUsPerSocket} (the machine average). */
    List<Integer> freeSockets() {
        List<Integer> out = new ArrayList<>();
        for (int socket : sortAvailableSockets()) {
            if (details.cpusInSockets(socket).size() == topo.cpusPerSocket()) {
                out.add(socket);
            }
        }
        return out;
    }

    /** A core is free when its free CPUs equal {@code CPUsPerCore} (the machine average). */
    List<Integer> freeCores() {
        List<Integer> out = new ArrayList<>();
        for (int core : sortAvailableCores()) {
            if (details.cpusInCores(core).size() == topo.cpusPerCore()) {
                out.add(core);
            }
        }
        return out;
    }

    List<Integer> freeUncoreCaches() {
        List<Integer> out = new ArrayList<>();
        for (int uncore : sortAvailableUncoreCaches()) {
            if (details.cpusInUncoreCaches(uncore).size()
                    == topo.details().cpusInUncoreCaches(uncore).size()) {
                out.add(uncore);
            }
        }
        return out;
    }

    CpuTopologyIndex topo() {
        return topo;
    }
}
