package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaMask;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kubelet's {@code NUMAInfo}: the machine's NUMA node ids (ascending) and, when known, the
 * distance matrix indexed by node id ({@code distance(i, j)} is entry j of sysfs
 * {@code node<i>/distance}). An empty distance map means the distances are unknown; then
 * {@link #hasDistances()} is false and {@link #closest} must not be used.
 */
public final class NumaInfo {
    private final List<Integer> nodes;
    private final NumaMask defaultAffinity;
    private final Map<Integer, Map<Integer, Integer>> distances;
    /** Dense copy of the distances by node id (0-63), -1 where unknown: Closest runs in the merge loop. */
    private final int[][] byId;

    public NumaInfo(List<Integer> nodeIds, Map<Integer, Map<Integer, Integer>> distances) {
        NumaMask mask = NumaMask.of(nodeIds);
        if (mask.count() != nodeIds.size()) {
            throw new IllegalArgumentException("NUMA node ids must be distinct: " + nodeIds);
        }
        this.defaultAffinity = mask;
        this.nodes = mask.ids();
        TreeMap<Integer, Map<Integer, Integer>> copy = new TreeMap<>();
        distances.forEach((from, row) -> copy.put(from, Collections.unmodifiableMap(new TreeMap<>(row))));
        this.distances = Collections.unmodifiableMap(copy);
        this.byId = dense(copy);
    }

    /** NUMA nodes without distance information. */
    public static NumaInfo of(List<Integer> nodeIds) {
        return new NumaInfo(nodeIds, Map.of());
    }

    /** Every NUMA node of the machine (with or without CPUs) and its distance matrix. */
    public static NumaInfo fromMachine(Machine machine) {
        return new NumaInfo(machine.numaNodeIds(), machine.distances());
    }

    private static int[][] dense(Map<Integer, Map<Integer, Integer>> distances) {
        int[][] out = new int[NumaMask.MAX_NUMA_ID + 1][NumaMask.MAX_NUMA_ID + 1];
        for (int[] row : out) {
            java.util.Arrays.fill(row, -1);
        }
        distances.forEach((from, row) -> row.forEach((to, d) -> {
            if (from >= 0 && from <= NumaMask.MAX_NUMA_ID && to >= 0 && to <= NumaMask.MAX_NUMA_ID) {
                out[from][to] = d;
            }
        }));
        return out;
    }

    /** Node ids, ascending. */
    public List<Integer> nodes() {
        return nodes;
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** Sorted by node id; empty when unknown. */
    public Map<Integer, Map<Integer, Integer>> distances() {
        return distances;
    }

    /** All NUMA nodes: the affinity a merge starts from ({@code DefaultAffinityMask}). */
    public NumaMask defaultAffinityMask() {
        return defaultAffinity;
    }

    /** True when every node has a distance to every node, as prefer-closest-numa-nodes needs. */
    public boolean hasDistances() {
        for (int from : nodes) {
            for (int to : nodes) {
                if (byId[from][to] < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code Narrowest}: the first mask if it is narrower than the second, else the second. */
    public NumaMask narrowest(NumaMask first, NumaMask second) {
        return first.isNarrowerThan(second) ? first : second;
    }

    /**
     * {@code Closest}: masks of different sizes go by {@link #narrowest}; masks of one size by the
     * lower average distance, then by the smaller integer ({@code IsLessThan}) on a tie. Both
     * masks have the same size here, so comparing the sums is the same as comparing the averages
     * and stays exact.
     */
    public NumaMask closest(NumaMask first, NumaMask second) {
        if (first.count() != second.count()) {
            return narrowest(first, second);
        }
        long firstSum = distanceSum(first);
        long secondSum = distanceSum(second);
        if (firstSum == secondSum) {
            return first.isLessThan(second) ? first : second;
        }
        return firstSum < secondSum ? first : second;
    }

    /** Sum of d[i][j] over all ordered pairs of nodes in the mask, i = j included. */
    public long distanceSum(NumaMask mask) {
        long sum = 0;
        long outer = mask.bits();
        while (outer != 0) {
            int from = Long.numberOfTrailingZeros(outer);
            outer &= outer - 1;
            long inner = mask.bits();
            while (inner != 0) {
                int to = Long.numberOfTrailingZeros(inner);
                inner &= inner - 1;
                sum += distance(from, to);
            }
        }
        return sum;
    }

    /** {@code CalculateAverageFor}: the distance sum divided by |mask|², 0 for an empty mask. */
    public double averageDistance(NumaMask mask) {
        int count = mask.count();
        return count == 0 ? 0 : (double) distanceSum(mask) / ((double) count * count);
    }

    /** Distance from one node to another; a missing entry is a bug (start-up checks prevent it). */
    public int distance(int from, int to) {
        int d = byId[from][to];
        if (d < 0) {
            throw new IllegalStateException("no NUMA distance from node " + from + " to node " + to);
        }
        return d;
    }

    @Override
    public String toString() {
        return "NUMA nodes " + defaultAffinity;
    }
}
