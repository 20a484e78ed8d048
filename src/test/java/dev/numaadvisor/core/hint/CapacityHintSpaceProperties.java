package dev.numaadvisor.core.hint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The questions a {@link CapacityHintSpace} answers, against brute force over every mask of up to
 * 8 NUMA nodes (ids 0-11): exact where the interface says exact, never false where a hint exists
 * where it says "may"; the narrowest width; the listing (the kubelet's order) and the counts; and
 * {@link MaskSearch} finding the numerically first qualifying mask.
 */
class CapacityHintSpaceProperties {
    private static final int MAX_ID = 11;

    /** A random space; {@code seed} also drives the sampled bounds. */
    record Input(CapacityHintSpace space, long universe, long seed) {
        @Override
        public String toString() {
            return "universe " + new NumaMask(universe) + " seed " + seed;
        }
    }

    @Provide
    Arbitrary<Input> spaces() {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            long universe = 0;
            int n = 1 + r.nextInt(8);
            while (Long.bitCount(universe) < n) {
                universe |= 1L << r.nextInt(MAX_ID + 1);
            }
            long[] amounts = new long[64];
            long[] sockets = new long[64];
            int socketCount = 1 + r.nextInt(3);
            for (int id = 0; id <= MAX_ID; id++) {
                amounts[id] = r.nextInt(4) == 0 ? 0 : r.nextInt(7);
                sockets[id] = 1L << r.nextInt(socketCount) | (r.nextInt(8) == 0 ? 1L << r.nextInt(socketCount) : 0);
            }
            long required = r.nextInt(3) == 0 ? randomSubset(r, r.nextInt(6) == 0 ? (1L << MAX_ID + 1) - 1 : universe, 2) : 0;
            SumRule rule = SumRule.of(amounts, r.nextInt(20));
            SocketAlignment alignment = r.nextBoolean() ? null
                    : new SocketAlignment(sockets, socketCount, 1 + r.nextInt(socketCount));
            return new Input(new CapacityHintSpace(universe, required, rule, 1 + r.nextInt(n), alignment), universe,
                    seed);
        });
    }

    static long randomSubset(Random r, long of, int maxBits) {
        long out = 0;
        int bits = r.nextInt(maxBits + 1);
        for (int i = 0; i < bits && of != 0; i++) {
            List<Integer> ids = new NumaMask(of).ids();
            out |= 1L << ids.get(r.nextInt(ids.size()));
        }
        return out;
    }

    /** Every non-empty mask of ids 0-11, in the kubelet's order. */
    static List<Long> allMasks() {
        List<Long> out = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i <= MAX_ID; i++) {
            ids.add(i);
        }
        NumaSubsets.forEach(ids, m -> out.add(m.bits()));
        return out;
    }

    private static final List<Long> ALL = allMasks();

    @Property(tries = 1000)
    void answersMatchBruteForce(@ForAll("spaces") Input in) {
        HintSpace space = in.space();
        List<Long> hints = new ArrayList<>();
        for (long m : ALL) {
            if (space.isHint(m)) {
                assertEquals(0, m & ~in.universe(), "hints stay in the universe");
                hints.add(m);
            } else {
                assertTrue(!space.isPreferred(m), "only hints are preferred");
            }
        }
        if (hints.isEmpty()) {
            assertTrue(!((CapacityHintSpace) space).hasHints());
            return;
        }
        assertTrue(((CapacityHintSpace) space).hasHints());
        int narrowest = Integer.MAX_VALUE;
        for (long h : hints) {
            narrowest = Math.min(narrowest, Long.bitCount(h));
        }
        assertEquals(narrowest, space.narrowestWidth());
        Random r = new Random(in.seed());
        long ids = (1L << MAX_ID + 1) - 1;
        for (int i = 0; i < 150; i++) {
            long upper = randomSubset(r, ids, 12);
            long lower = randomSubset(r, upper, 3);
            int width = 1 + r.nextInt(8);
            boolean between = false;
            boolean ofWidth = false;
            boolean preferredOfWidth = false;
            for (long h : hints) {
                if ((lower & ~h) == 0 && (h & ~upper) == 0) {
                    between = true;
                    ofWidth |= Long.bitCount(h) == width;
                    preferredOfWidth |= Long.bitCount(h) == width && space.isPreferred(h);
                }
            }
            assertEquals(between, space.hasHintBetween(lower, upper), "hasHintBetween is exact");
            assertEquals(ofWidth, space.mayHaveHint(lower, upper, width, false), "exact for one sum");
            if (preferredOfWidth) {
                assertTrue(space.mayHaveHint(lower, upper, width, true), "never false when one exists");
                assertTrue(space.mayPreferWidth(width));
            }
        }
        checkListingAndSearch(space, hints);
    }

    private static void checkListingAndSearch(HintSpace space, List<Long> hints) {
        SearchBudget budget = HintBounds.DEFAULT.budget("test", 12);
        List<TopologyHint> listed = HintListing.first(space, 5, budget);
        for (int i = 0; i < listed.size(); i++) {
            assertEquals(hints.get(i), listed.get(i).affinity().bits(), "kubelet order");
            assertEquals(space.isPreferred(hints.get(i)), listed.get(i).preferred());
        }
        assertEquals(Math.min(5, hints.size()), listed.size());
        int width = space.narrowestWidth();
        long atWidth = hints.stream().filter(h -> Long.bitCount(h) == width).count();
        assertEquals(Math.min(atWidth, 4), HintListing.count(space, width, 3, budget));
        long smallest = hints.stream().filter(h -> Long.bitCount(h) == width)
                .min(Long::compareUnsigned).orElseThrow();
        assertEquals(smallest, MaskSearch.first(space.universe(), 0L, width, MaskSearch.Order.NUMERIC,
                (l, u) -> space.mayHaveHint(l, u, width, false), space::isHint, budget));
    }
}
