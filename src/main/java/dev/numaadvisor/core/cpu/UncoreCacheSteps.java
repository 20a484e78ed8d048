package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.List;

/**
 * The {@code prefer-align-cpus-by-uncorecache} step of the packed allocator: whole free uncore (L3)
 * caches first, then a part of one cache that holds exactly what is still needed. Best effort: it
 * never fails an allocation, whatever is left goes on to whole cores and single CPUs.
 */
final class UncoreCacheSteps {
    private UncoreCacheSteps() {}

    /*
     * takeUncoreCache, for each uncore cache in uncore order (list computed once):
     *   1. if at least CPUsPerUncore are still needed, take every completely free cache that fits
     *      (takeFullUncore, recomputed);
     *   2. satisfied -> stop;
     *   3. try this cache partially (takePartialUncore); satisfied -> stop.
     */
    static void takeUncoreCache(CpuAccumulator acc) {
        int perUncore = acc.topo().cpusPerUncore();
        for (int uncore : acc.sortedUncoreCaches()) {
            if (acc.needsAtLeast(perUncore)) {
                takeFullUncore(acc);
            }
            if (acc.isSatisfied()) {
                return;
            }
            takePartialUncore(acc, uncore);
            if (acc.isSatisfied()) {
                return;
            }
        }
    }

    static void takeFullUncore(CpuAccumulator acc) {
        for (int uncore : acc.freeUncoreCacheIds()) {
            CpuSet cpus = acc.topo().details().cpusInUncoreCaches(uncore);
            if (!acc.needsAtLeast(cpus.size())) {
                continue;
            }
            acc.take(cpus);
            acc.note("took the whole uncore cache " + uncore + " (CPUs " + cpus + ")");
        }
    }

    /*
     * takePartialUncore (recent releases):
     *   coresNeeded = ceil(needed / CPUsPerCore); the lowest core ids with a free CPU in this
     *   cache, up to coresNeeded (whether or not the core is wholly free); their free CPUs are
     *   the candidate. If needed is odd, SMT is on and the candidate is larger than needed, its
     *   highest CPU is dropped. The candidate is claimed only if it holds exactly what is needed.
     */
    static void takePartialUncore(CpuAccumulator acc, int uncore) {
        int perCore = acc.topo().cpusPerCore();
        int coresNeeded = (acc.needed() + perCore - 1) / perCore;
        List<Integer> cores = acc.details().coresNeededInUncoreCache(coresNeeded, uncore);
        CpuSet candidate = acc.details().cpusInCores(CpuDetails.array(cores));
        if (acc.needed() % 2 != 0 && perCore > 1) {
            List<Integer> sorted = candidate.toList();
            if (sorted.size() > acc.needed()) {
                sorted = sorted.subList(0, sorted.size() - 1);
            }
            candidate = CpuSet.of(sorted);
        }
        if (acc.needed() != candidate.size()) {
            return;
        }
        acc.take(candidate);
        acc.note(
                "took CPUs "
                        + candidate
                        + " from uncore cache "
                        + uncore
                        + ": it holds exactly the "
                        + CpuWords.cpus(candidate.size())
                        + " still needed");
    }
}
