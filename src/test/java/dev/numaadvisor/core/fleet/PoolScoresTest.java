package dev.numaadvisor.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pool keeps each node's fit and NodeResourcesFit score per pod template (issue 15): after
 * any sequence of pods landing and leaving they must equal the fit and score worked out afresh,
 * and the scheduler must pick the same node with them as without them.
 */
class PoolScoresTest {
    private static final List<String> EXT = TwoNumaNode.EXTENDED;

    @Test
    void keptFitsAndScoresEqualFreshOnesAfterRandomBookings() throws Exception {
        List<PodDemand> demands = List.of(
                new PodDemand(1000, 1L << 30, EXT, new long[] {0}, 1),
                new PodDemand(3000, 5L << 30, EXT, new long[] {0}, 3),
                new PodDemand(2500, 3L << 29, EXT, new long[] {1}, 0));
        Pool kept = new Pool(4, EXT.size());
        Pool fresh = new Pool(4, EXT.size());
        for (int i = 0; i < 4; i++) {
            TwoNumaNode.addTo(kept);
            TwoNumaNode.addTo(fresh);
        }
        kept.keepScoresFor(demands);
        Random random = new Random(15);
        List<int[]> booked = new ArrayList<>(); // {slot, demand}
        for (int step = 0; step < 400; step++) {
            if (!booked.isEmpty() && random.nextInt(3) == 0) {
                int[] b = booked.remove(random.nextInt(booked.size()));
                kept.book(b[0], demands.get(b[1]), -1);
                fresh.book(b[0], demands.get(b[1]), -1);
            } else {
                int[] b = {random.nextInt(4), random.nextInt(demands.size())};
                booked.add(b);
                kept.book(b[0], demands.get(b[1]), 1);
                fresh.book(b[0], demands.get(b[1]), 1);
            }
            for (int k = 0; k < demands.size(); k++) {
                PodDemand d = demands.get(k);
                double[] scores = kept.allocatedAfter(d);
                for (int slot = 0; slot < 4; slot++) {
                    double expected = !fresh.fits(slot, d) ? Double.NaN
                            : KubeScheduler.allocatedAfter(fresh.requestedCpuMillis[slot],
                                    fresh.allocatableCpuMillis[slot], fresh.requestedMemoryBytes[slot],
                                    fresh.allocatableMemoryBytes[slot], d.cpuMillis(), d.memoryBytes());
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(scores[slot]),
                            "step " + step + " slot " + slot + " demand " + k);
                }
                for (Scoring scoring : Scoring.values()) {
                    assertEquals(new KubeScheduler(scoring, NumaFilter.NONE, 0).pick(fresh, d),
                            new KubeScheduler(scoring, NumaFilter.NONE, 0).pick(kept, d), "step " + step);
                }
            }
        }
    }
}
