package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Short hint builders for tables: {@code p(0, 1)} = [0,1] preferred, {@code n(0)} = [0] not preferred. */
final class TestHints {
    static final TopologyHint ANY_PREFERRED = TopologyHint.DONT_CARE;
    static final TopologyHint ANY_NOT_PREFERRED = TopologyHint.ZERO;
    static final TopologyHint EMPTY_PREFERRED = new TopologyHint(NumaMask.EMPTY, true);
    static final TopologyHint EMPTY_NOT_PREFERRED = new TopologyHint(NumaMask.EMPTY, false);

    private TestHints() {
    }

    static TopologyHint p(int... ids) {
        return new TopologyHint(NumaMask.of(ids), true);
    }

    static TopologyHint n(int... ids) {
        return new TopologyHint(NumaMask.of(ids), false);
    }

    static List<TopologyHint> list(TopologyHint... hints) {
        return new ArrayList<>(List.of(hints));
    }

    /** Distances from rows indexed by node id 0..n-1. */
    static Map<Integer, Map<Integer, Integer>> matrix(int[][] rows) {
        Map<Integer, Map<Integer, Integer>> out = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            Map<Integer, Integer> row = new TreeMap<>();
            for (int j = 0; j < rows[i].length; j++) {
                row.put(j, rows[i][j]);
            }
            out.put(i, row);
        }
        return out;
    }

    static final int[][] FOUR_NODES = {
        {10, 11, 12, 12}, {11, 10, 12, 12}, {12, 12, 10, 11}, {12, 12, 11, 10}};

    /** commonNUMAInfoEightNodes, including the fixture's asymmetric last row. */
    static final int[][] EIGHT_NODES = {
        {10, 11, 12, 12, 30, 30, 30, 30}, {11, 10, 12, 12, 30, 30, 30, 30},
        {12, 12, 10, 11, 30, 30, 30, 30}, {12, 12, 11, 10, 30, 30, 30, 30},
        {30, 30, 30, 30, 10, 11, 12, 12}, {30, 30, 30, 30, 11, 10, 12, 12},
        {30, 30, 30, 30, 12, 12, 10, 11}, {30, 30, 30, 30, 12, 12, 13, 10}};

    static NumaInfo nodes(int count) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(i);
        }
        return NumaInfo.of(ids);
    }

    static NumaInfo withDistances(int[][] rows) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            ids.add(i);
        }
        return new NumaInfo(ids, matrix(rows));
    }
}
