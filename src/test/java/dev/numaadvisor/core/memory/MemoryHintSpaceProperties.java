package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryFixtures.GI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintListing;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The Static policy's hints as a rule ({@link MemoryHintSpace}) against the plain enumeration of
 * every mask, on random states of up to 8 NUMA nodes: cross-NUMA groups, single-NUMA assignments,
 * odd checkpoints (a node with no assignment still in a group), init-container re-use on exact
 * masks, memory with and without hugepages. Same hints and preferred flags, same minimum width,
 * exact answers where the interface says exact, and the same {@code findBestHint} for the
 * allocation (default hint, and the extension of a given affinity).
 */
class MemoryHintSpaceProperties {
    private static final String HP = "hugepages-1Gi";
    private static final HintBounds PLAIN = HintBounds.DEFAULT;
    private static final HintBounds BOUNDED = new HintBounds(0, HintBounds.SEARCH_STEPS);

    record Input(MemoryState state, Map<String, Long> requested, InitContainerReuse reuse, String uid,
                 long seed) {
        @Override
        public String toString() {
            return "seed " + seed + " nodes " + state.nodeIds() + " request " + requested;
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        return Arbitraries.longs().map(MemoryHintSpaceProperties::input);
    }

    static Input input(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(8);
        boolean hugepages = r.nextInt(3) == 0;
        MemoryState state = new MemoryState();
        for (int id = 0; id < n; id++) {
            NodeMemory node = new NodeMemory(0, List.of(id));
            node.memoryMap.put("memory", counters(r, 8));
            if (hugepages) {
                node.memoryMap.put(HP, counters(r, 4));
            }
            state.machine.put(id, node);
        }
        groups(r, state, n);
        Map<String, Long> requested = new TreeMap<>(MemoryRequests.MEMORY_FIRST);
        requested.put("memory", (1 + r.nextInt(12)) * GI / 2);
        if (hugepages && r.nextBoolean()) {
            requested.put(HP, (long) r.nextInt(4) * GI);
        }
        InitContainerReuse reuse = new InitContainerReuse();
        if (r.nextInt(3) == 0) {
            Container init = new Container("init", Map.of(), Map.of(), false);
            Pod pod = new Pod("p", "default", "p", List.of(init), List.of(new Container("app", Map.of(), Map.of(), false)));
            List<Integer> mask = new NumaMask(1L + r.nextInt((1 << n) - 1)).ids();
            List<MemoryBlock> blocks = new ArrayList<>();
            requested.forEach((res, bytes) -> blocks.add(new MemoryBlock(mask, res, (r.nextInt(8) + 1) * GI / 2)));
            reuse.update(pod, init, blocks);
        }
        return new Input(state, requested, reuse, "p", seed);
    }

    private static MemoryCounters counters(Random r, int maxGi) {
        long allocatable = r.nextInt(maxGi + 1) * GI;
        long free = r.nextInt(4) == 0 ? allocatable : (long) (r.nextDouble() * allocatable) / GI * GI;
        return new MemoryCounters(allocatable + GI, GI, allocatable, allocatable - free, free);
    }

    /** Random single-NUMA assignments, cross-NUMA groups, and now and then an odd leftover group. */
    private static void groups(Random r, MemoryState state, int n) {
        List<Integer> ids = new ArrayList<>(state.machine.keySet());
        java.util.Collections.shuffle(ids, r);
        int i = 0;
        while (i < ids.size()) {
            int size = 1 + r.nextInt(3);
            List<Integer> group = new ArrayList<>(ids.subList(i, Math.min(n, i + size)));
            i += size;
            int kind = r.nextInt(4);
            for (int id : group) {
                NodeMemory node = state.machine.get(id);
                if (kind == 0) {
                    continue;
                }
                node.cells = new ArrayList<>(group);
                node.numberOfAssignments = kind == 3 && r.nextBoolean() ? 0 : 1 + r.nextInt(2);
            }
        }
    }

    /** Whether init-container re-use is in play, and whether it makes a mask a hint on its own. */
    private static String reuseKind(Input in) {
        Map<Long, Long> left = in.reuse().masksOf(in.uid(), "memory");
        if (left.isEmpty()) {
            return "no re-use";
        }
        long mask = left.keySet().iterator().next();
        long free = 0;
        for (int id : new NumaMask(mask).ids()) {
            free += in.state().free(id, "memory");
        }
        boolean freeAlone = free >= in.requested().get("memory");
        return freeAlone || free + left.get(mask) < in.requested().get("memory") ? "re-use, no effect"
                : "re-use decides memory on its mask";
    }

    @Property(tries = 2000)
    void ruleAnswersAsThePlainEnumeration(@ForAll("inputs") Input in) {
        int n = in.state().nodeIds().size();
        HintCalculator.Result plain = HintCalculator.calculate(in.state(), in.uid(), in.requested(), in.reuse(),
                PLAIN, n);
        HintCalculator.Result bounded = HintCalculator.calculate(in.state(), in.uid(), in.requested(), in.reuse(),
                BOUNDED, n);
        assertEquals(plain.minAffinitySize(), bounded.minAffinitySize());
        Statistics.collect(plain.hints().isEmpty() ? "no hints" : "hints", reuseKind(in));
        if (plain.hints().isEmpty()) {
            assertTrue(bounded.hints().isEmpty());
            return;
        }
        MemoryHintSpace space = bounded.space();
        Map<Long, Boolean> expected = new TreeMap<>();
        for (TopologyHint h : plain.memoryHints()) {
            expected.put(h.affinity().bits(), h.preferred());
        }
        int narrowest = Integer.MAX_VALUE;
        for (long m = 1; m < 1L << n; m++) {
            NumaMask mask = new NumaMask(m);
            assertEquals(expected.containsKey(m), space.isHint(m), () -> "isHint " + mask);
            assertEquals(Boolean.TRUE.equals(expected.get(m)), space.isPreferred(m));
            narrowest = expected.containsKey(m) ? Math.min(narrowest, Long.bitCount(m)) : narrowest;
        }
        assertEquals(narrowest, space.narrowestWidth());
        List<TopologyHint> listed = bounded.memoryHints();
        assertEquals(plain.memoryHints().subList(0, Math.min(HintListing.LISTED_HINTS, expected.size())), listed);
        Random r = new Random(in.seed());
        for (int i = 0; i < 60; i++) {
            long upper = r.nextLong() & (1L << n) - 1;
            long lower = r.nextInt(3) == 0 ? 0 : r.nextLong() & upper & r.nextLong();
            int width = 1 + r.nextInt(n);
            boolean between = false;
            boolean ofWidth = false;
            for (long h : expected.keySet()) {
                if ((lower & ~h) == 0 && (h & ~upper) == 0) {
                    between = true;
                    ofWidth |= Long.bitCount(h) == width;
                }
            }
            assertEquals(between, space.hasHintBetween(lower, upper), "hasHintBetween is exact");
            if (ofWidth) {
                assertTrue(space.mayHaveHint(lower, upper, width, false), "never false when one exists");
            }
            NumaMask containing = new NumaMask(lower);
            assertEquals(plain.best(containing), bounded.best(containing),
                    () -> "findBestHint containing " + containing);
        }
    }
}
