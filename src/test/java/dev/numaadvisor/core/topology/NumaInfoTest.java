package dev.numaadvisor.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.model.NumaMask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** numa_info_test.go :: TestCalculateAvgDistanceFor, TestClosest, and the id-indexed distances. */
class NumaInfoTest {
    private static final NumaInfo FOUR = TestHints.withDistances(TestHints.FOUR_NODES);

    @Test
    void averageDistanceCountsEveryOrderedPairIncludingSelf() {
        assertEquals(10.0, FOUR.averageDistance(NumaMask.of(0)));
        assertEquals(10.5, TestHints.withDistances(new int[][] {{10, 11}, {11, 10}}).averageDistance(NumaMask.of(0, 1)));
        assertEquals(11.0, FOUR.averageDistance(NumaMask.of(0, 2)));
        assertEquals(100.0 / 9, FOUR.averageDistance(NumaMask.of(0, 2, 3)), 1e-12);
        assertEquals(0.0, FOUR.averageDistance(NumaMask.EMPTY));
    }

    @Test
    void closestAsTheKubelet() {
        NumaInfo flat = TestHints.withDistances(new int[][] {{10, 10, 10, 10}, {10, 10, 10, 10},
            {10, 10, 10, 10}, {10, 10, 10, 10}});
        assertEquals(NumaMask.of(0), flat.closest(NumaMask.of(0), NumaMask.of(0, 2)));
        assertEquals(NumaMask.of(0, 1), flat.closest(NumaMask.of(0, 1), NumaMask.of(0, 2)));
        assertEquals(NumaMask.of(0, 2), flat.closest(NumaMask.of(0, 3), NumaMask.of(0, 2)));
        assertEquals(NumaMask.of(0, 1), FOUR.closest(NumaMask.of(0, 3), NumaMask.of(0, 1)));
        assertEquals(NumaMask.of(2, 3), FOUR.closest(NumaMask.of(2, 3), NumaMask.of(0, 3)));
    }

    @Test
    void narrowestIsIntegerOrderNotListOrder() {
        assertEquals(NumaMask.of(1, 2), FOUR.narrowest(NumaMask.of(0, 3), NumaMask.of(1, 2)));
        assertEquals(NumaMask.of(0), FOUR.narrowest(NumaMask.of(0), NumaMask.of(0, 1)));
    }

    @Test
    void distancesAreIndexedByNodeIdAndMayBeMissing() {
        Map<Integer, Map<Integer, Integer>> rows = Map.of(
                0, Map.of(0, 10, 1, 11, 2, 12, 3, 12), 2, Map.of(0, 12, 1, 12, 2, 10, 3, 11));
        NumaInfo sparse = new NumaInfo(List.of(2, 0), rows);
        assertEquals(List.of(0, 2), sparse.nodes());
        assertEquals(NumaMask.of(0, 2), sparse.defaultAffinityMask());
        assertTrue(sparse.hasDistances());
        assertEquals(11.0, sparse.averageDistance(NumaMask.of(0, 2)));
        assertFalse(NumaInfo.of(List.of(0, 1)).hasDistances());
        assertThrows(IllegalStateException.class, () -> NumaInfo.of(List.of(0, 1)).closest(NumaMask.of(0), NumaMask.of(1)));
        assertThrows(IllegalArgumentException.class, () -> NumaInfo.of(List.of(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> NumaInfo.of(List.of(64)));
    }
}
