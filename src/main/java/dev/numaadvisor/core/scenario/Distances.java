package dev.numaadvisor.core.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Immutable, sorted copies of a NUMA distance matrix (row by node id, then column by node id). */
final class Distances {
    private Distances() {
    }

    static Map<Integer, Map<Integer, Integer>> copy(Map<Integer, Map<Integer, Integer>> distances) {
        TreeMap<Integer, Map<Integer, Integer>> out = new TreeMap<>();
        distances.forEach((row, columns) -> out.put(row, Collections.unmodifiableMap(new TreeMap<>(columns))));
        return Collections.unmodifiableMap(out);
    }
}
