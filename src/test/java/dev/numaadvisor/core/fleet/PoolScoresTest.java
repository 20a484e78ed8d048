package dev.numaadvisor.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pool keeps each node's fit and NodeResourcesFit score per pod template, with block
 * summaries the scheduler takes whole (issue 15): after any sequence of pods landing and leaving,
 * the kept answers must equal fresh ones, and a scheduler reading them must pick the same nodes,
 * in the same rotating order, as one that checks node by node.
 */
class PoolScoresTest {
    private static final List<String> EXT = TwoNumaNode.EXTENDED;
    private static final List<PodDemand> DEMANDS = List.of(
            new PodDemand(1000, 1L << 30, EXT, new long[] {0}, 1),
            new PodDemand(3000, 5L << 30, EXT, new long[] {0}, 3),
            new PodDemand(2500, 3L << 29, EXT, new long[] {1}, 0));

    @Test
    void keptAnswersAndPicksEqualFreshOnesAfterRandomBookings() throws Exception {
        // 150 nodes: the scheduler stops after 100 feasible ones, so searches end inside blocks
        // and wrap around the pool.
        int nodes = 150;
        for (Scoring scoring : Scoring.values()) {
            Pool kept = new Pool(nodes, EXT.size());
            Pool fresh = new Pool(nodes, EXT.size());
            for (int i = 0; i < nodes; i++) {
                TwoNumaNode.addTo(kept);
                TwoNumaNode.addTo(fresh);
            }
            kept.keepScoresFor(DEMANDS, scoring);
            KubeScheduler fromKept = new KubeScheduler(scoring, NumaFilter.NONE, 0);
            KubeScheduler nodeByNode = new KubeScheduler(scoring, NumaFilter.NONE, 0);
            Random random = new Random(15);
            List<int[]> booked = new ArrayList<>(); // {slot, demand}
            for (int step = 0; step < 3000; step++) {
                if (!booked.isEmpty() && random.nextInt(3) == 0) {
                    int[] b = booked.remove(random.nextInt(booked.size()));
                    kept.book(b[0], DEMANDS.get(b[1]), -1);
                    fresh.book(b[0], DEMANDS.get(b[1]), -1);
                    continue;
                }
                int k = random.nextInt(DEMANDS.size());
                PodDemand d = DEMANDS.get(k);
                int slot = fromKept.pick(kept, d);
                assertEquals(nodeByNode.pick(fresh, d), slot, scoring + " step " + step);
                if (slot >= 0) {
                    booked.add(new int[] {slot, k});
                    kept.book(slot, d, 1);
                    fresh.book(slot, d, 1);
                }
                assertKeptEqualsFresh(kept, fresh, scoring, nodes, step);
            }
        }
    }

    private static void assertKeptEqualsFresh(Pool kept, Pool fresh, Scoring scoring, int nodes, int step) {
        for (int k = 0; k < DEMANDS.size(); k++) {
            PodDemand d = DEMANDS.get(k);
            NodeScores scores = kept.scoresFor(d, scoring);
            for (int slot = 0; slot < nodes; slot++) {
                double expected = !fresh.fits(slot, d) ? Double.NaN
                        : KubeScheduler.score(scoring, KubeScheduler.allocatedAfter(fresh.requestedCpuMillis[slot],
                                fresh.allocatableCpuMillis[slot], fresh.requestedMemoryBytes[slot],
                                fresh.allocatableMemoryBytes[slot], d.cpuMillis(), d.memoryBytes()));
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(scores.score[slot]),
                        "step " + step + " slot " + slot + " demand " + k);
            }
        }
    }
}
