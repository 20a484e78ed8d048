package dev.numaadvisor.core.topology;

import static dev.numaadvisor.core.topology.TestHints.ANY_NOT_PREFERRED;
import static dev.numaadvisor.core.topology.TestHints.ANY_PREFERRED;
import static dev.numaadvisor.core.topology.TestHints.EMPTY_NOT_PREFERRED;
import static dev.numaadvisor.core.topology.TestHints.EMPTY_PREFERRED;
import static dev.numaadvisor.core.topology.TestHints.list;
import static dev.numaadvisor.core.topology.TestHints.n;
import static dev.numaadvisor.core.topology.TestHints.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kubelet's policy_test.go facts for compare, maxOfMinAffinityCounts and mergePermutation. */
class HintMergerTest {
    private static final NumaInfo FOUR = TestHints.nodes(4);

    /** policy_test.go :: TestCompareHintsNarrowest; "cand" = the candidate is returned. */
    static Stream<Arguments> compareTable() {
        return Stream.of(
                Arguments.of("candidate count 0 (1)", -1, null, EMPTY_NOT_PREFERRED, "cur"),
                Arguments.of("candidate count 0 (2)", -1, EMPTY_PREFERRED, EMPTY_NOT_PREFERRED, "cur"),
                Arguments.of("current none (1)", -1, null, p(0), "cand"),
                Arguments.of("current none (2)", -1, null, n(0), "cand"),
                Arguments.of("!cur.pref && cand.pref", -1, n(0), p(0), "cand"),
                Arguments.of("cur.pref && !cand.pref", -1, p(0), n(0), "cur"),
                Arguments.of("both preferred (1)", -1, p(0), p(0), "cur"),
                Arguments.of("both preferred (2)", -1, p(0, 1), p(0), "cand"),
                Arguments.of("both preferred (3)", -1, p(0), p(0, 1), "cur"),
                Arguments.of("(1.1)", 1, n(0, 1), n(0, 1), "cur"),
                Arguments.of("(1.2)", 1, n(1, 2), n(0, 1), "cand"),
                Arguments.of("(1.3)", 1, n(0, 1), n(1, 2), "cur"),
                Arguments.of("(2.1)", 2, n(0, 1), n(0), "cur"),
                Arguments.of("(2.2)", 2, n(0, 1), n(0, 1), "cur"),
                Arguments.of("(2.3)", 2, n(1, 2), n(0, 1), "cand"),
                Arguments.of("(2.4)", 2, n(0, 1), n(1, 2), "cur"),
                Arguments.of("(3a)", 2, n(0), n(0, 1, 2), "cur"),
                Arguments.of("(3b)", 2, n(0), n(0, 1), "cand"),
                Arguments.of("(3ca.1)", 3, n(0), n(0, 1), "cand"),
                Arguments.of("(3ca.2)", 3, n(0), n(1, 2), "cand"),
                Arguments.of("(3ca.3)", 4, n(0, 1), n(1, 2, 3), "cand"),
                Arguments.of("(3cb)", 4, n(1, 2, 3), n(0, 1), "cur"),
                Arguments.of("(3cc.1)", 4, n(0, 1, 2), n(0, 1, 2), "cur"),
                Arguments.of("(3cc.2)", 4, n(0, 1, 2), n(1, 2, 3), "cur"),
                Arguments.of("(3cc.3)", 4, n(1, 2, 3), n(0, 1, 2), "cand"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compareTable")
    void compareAsTheKubelet(String name, int bestNonPreferred, TopologyHint current, TopologyHint candidate,
                             String winner) {
        HintMerger merger = new HintMerger(FOUR, List.of(), false, bestNonPreferred);
        assertSame("cur".equals(winner) ? current : candidate, merger.compare(current, candidate));
    }

    /** policy_test.go :: TestMaxOfMinAffinityCounts. */
    @Test
    void maxOfMinAffinityCounts() {
        assertEquals(0, HintMerger.maxOfMinAffinityCounts(List.of()));
        assertEquals(0, HintMerger.maxOfMinAffinityCounts(List.of(list(EMPTY_PREFERRED))));
        assertEquals(1, HintMerger.maxOfMinAffinityCounts(List.of(list(p(0)))));
        assertEquals(2, HintMerger.maxOfMinAffinityCounts(List.of(list(p(0, 1)))));
        assertEquals(2, HintMerger.maxOfMinAffinityCounts(List.of(list(p(0, 1), p(0, 1, 2)))));
        assertEquals(3, HintMerger.maxOfMinAffinityCounts(List.of(list(p(0, 1), p(0, 1, 2)), list(p(0, 1, 2)))));
        assertEquals(3, HintMerger.maxOfMinAffinityCounts(
                List.of(list(p(0, 1), p(0, 1, 2)), list(p(0, 1, 2), p(0, 1, 2, 3)))));
        assertEquals(0, HintMerger.maxOfMinAffinityCounts(List.of(list(ANY_PREFERRED, ANY_NOT_PREFERRED))));
    }

    static Stream<Arguments> permutations() {
        NumaMask all = NumaMask.of(0, 1, 2, 3);
        return Stream.of(
                Arguments.of("equal masks, both preferred", list(p(0), p(0)), p(0)),
                Arguments.of("wider mask, both preferred (PR #108052)", list(p(0), p(0, 1)), n(0)),
                Arguments.of("{0,1}+{0,2} preferred no longer merges to {0} preferred", list(p(0, 1), p(0, 2)), n(0)),
                Arguments.of("nil affinities do not take part", list(ANY_PREFERRED, p(1), ANY_PREFERRED), p(1)),
                Arguments.of("only nil, preferred", list(ANY_PREFERRED, ANY_PREFERRED), new TopologyHint(all, true)),
                Arguments.of("a not-preferred nil spoils preferred", list(ANY_NOT_PREFERRED, p(2)), n(2)),
                Arguments.of("disjoint masks merge to nothing", list(p(0), p(1)), n()),
                Arguments.of("no hints at all: all nodes, preferred", list(), new TopologyHint(all, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permutations")
    void mergePermutation(String name, List<TopologyHint> permutation, TopologyHint expected) {
        assertEquals(expected, HintMerger.mergePermutation(NumaMask.of(0, 1, 2, 3), permutation));
    }

    /** policy_test.go :: bestNonPreferredAffinityCount (5), with and without prefer-closest. */
    @Test
    void bestNonPreferredAffinityCountWorkedExample() {
        List<List<TopologyHint>> lists = List.of(list(n(0, 1, 2, 3), n(0, 1)), list(n(1, 2), n(2, 3)));
        HintMerger narrowest = new HintMerger(TestHints.nodes(8), lists, false);
        assertEquals(2, narrowest.bestNonPreferredAffinityCount());
        assertEquals(n(1, 2), narrowest.mergeByPermutations());
        HintMerger closest = new HintMerger(TestHints.withDistances(TestHints.EIGHT_NODES), lists, true);
        assertEquals(n(2, 3), closest.mergeByPermutations());
        assertEquals(n(2, 3), DistinctCandidates.best(closest));
    }

    @Test
    void nothingSurvivingFallsBackToAllNodesNotPreferred() {
        List<List<TopologyHint>> disjoint = List.of(list(p(0)), list(p(1)));
        HintMerger merger = new HintMerger(FOUR, disjoint, false);
        assertEquals(n(0, 1, 2, 3), merger.mergeByPermutations());
        assertEquals(n(0, 1, 2, 3), DistinctCandidates.best(merger));
        HintMerger emptyList = new HintMerger(FOUR, List.of(list(p(0)), list()), false);
        assertEquals(0, emptyList.combinations());
        assertEquals(n(0, 1, 2, 3), emptyList.mergeByPermutations());
        assertEquals(n(0, 1, 2, 3), DistinctCandidates.best(emptyList));
    }

    @Test
    void preferredBeatsAnyNarrowerNotPreferred() {
        List<List<TopologyHint>> lists = List.of(list(n(0), p(0, 1)), list(n(0), p(0, 1)));
        HintMerger merger = new HintMerger(FOUR, lists, false);
        assertEquals(p(0, 1), merger.mergeByPermutations());
        assertEquals(p(0, 1), DistinctCandidates.best(merger));
    }

    @Test
    void combinationsSaturateInsteadOfOverflowing() {
        List<TopologyHint> big = java.util.Collections.nCopies(1 << 16, p(0));
        HintMerger merger = new HintMerger(FOUR, List.of(big, big, big, big), false);
        assertEquals(Long.MAX_VALUE, merger.combinations());
    }
}
