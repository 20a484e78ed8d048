package dev.numaadvisor.core.fleet;

import java.util.List;

/** Every config's outcome on the pool, in the file's order (NUMA-aware runs right after their config). */
public record FleetReport(String name, int nodes, int pods, int steps, String scoring, long seed,
                          List<ConfigOutcome> outcomes) {
    public FleetReport {
        outcomes = List.copyOf(outcomes);
    }
}
