package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.trace.Trace;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The static policy's {@code validateState}, run at kubelet start over the restored checkpoint.
 * Messages are the kubelet's, without the "start cpu manager error: " prefix.
 */
final class StaticStateValidation {
    static final String DEFAULT_EMPTY = "default cpuset cannot be empty";
    static final String STRICT_RESERVED_PRESENT =
            "some of strictly reserved cpus: \"%s\" are present in defaultCpuSet: \"%s\"";
    static final String RESERVED_MISSING =
            "not all reserved cpus: \"%s\" are present in defaultCpuSet: \"%s\"";
    static final String OVERLAP =
            "pod: %s, container: %s cpuset: \"%s\" overlaps with default cpuset \"%s\"";
    static final String MISMATCH =
            "current set of available CPUs \"%s\" doesn't match with CPUs in state \"%s\"";

    private StaticStateValidation() {}

    /*
     * In order:
     *   1. empty shared pool: with entries -> error; without -> a fresh node, initialise it to
     *      all CPUs (all minus reserved with strict-cpu-reservation);
     *   2. reserved CPUs must all be in the pool (strict: none may be);
     *   3. no entry may overlap the pool (pods and containers visited in name order; the kubelet
     *      walks Go maps, so with several overlaps it may name another one first);
     *   4. pool + entries must be exactly the machine's CPUs (minus reserved with strict).
     */
    static void validate(StaticPolicy p, CpuManagerState state, Trace trace)
            throws KubeletStartError {
        CpuSet all = p.topo.allCpus();
        if (p.options.strictCpuReservation()) {
            all = all.difference(p.reserved());
        }
        CpuSet pool = state.defaultCpuSet();
        if (pool.isEmpty()) {
            if (state.hasAssignments()) {
                throw new KubeletStartError(DEFAULT_EMPTY, "NUMA-STATE-003");
            }
            state.setDefaultCpuSet(all);
            trace.add(
                    "cpu: fresh CPU Manager state: the shared pool is "
                            + all
                            + (p.options.strictCpuReservation()
                                    ? " (strict-cpu-reservation keeps the reserved CPUs "
                                            + p.reserved()
                                            + " out of it)"
                                    : ""));
            return;
        }
        checkReserved(p, pool);
        CpuSet known = pool;
        SortedMap<String, TreeMap<String, CpuSet>> assignments = state.assignments();
        for (Map.Entry<String, TreeMap<String, CpuSet>> pod : assignments.entrySet()) {
            for (Map.Entry<String, CpuSet> c : pod.getValue().entrySet()) {
                if (pool.intersects(c.getValue())) {
                    throw new KubeletStartError(
                            String.format(OVERLAP, pod.getKey(), c.getKey(), c.getValue(), pool),
                            "NUMA-STATE-003");
                }
                known = known.union(c.getValue());
            }
        }
        if (!known.equals(all)) {
            throw new KubeletStartError(String.format(MISMATCH, all, known), "NUMA-STATE-003");
        }
        trace.add(
                "cpu: restored CPU Manager state is consistent: shared pool "
                        + pool
                        + ", "
                        + assignments.size()
                        + " pod(s) with exclusive CPUs");
    }

    private static void checkReserved(StaticPolicy p, CpuSet pool) throws KubeletStartError {
        CpuSet reserved = p.reserved();
        if (p.options.strictCpuReservation()) {
            CpuSet overlap = reserved.intersection(pool);
            if (!overlap.isEmpty()) {
                throw new KubeletStartError(
                        String.format(STRICT_RESERVED_PRESENT, overlap, pool), "NUMA-STATE-003");
            }
        } else if (!reserved.intersection(pool).equals(reserved)) {
            throw new KubeletStartError(
                    String.format(RESERVED_MISSING, reserved, pool), "NUMA-STATE-003");
        }
    }
}
