package dev.numaadvisor.adapter.machine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Unmodifiable sorted copies: maps that are iterated keep a fixed order (Map.copyOf does not). */
final class Sorted {
    private Sorted() {
    }

    static <K extends Comparable<K>, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
