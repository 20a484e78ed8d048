package dev.numaadvisor.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast merge (best distinct candidate) equals the kubelet's permutation fold on random inputs
 * of up to 8 NUMA nodes (ids 0-11, not always contiguous) and of 9 to 16 (ids 0-19), for every policy, with and without
 * prefer-closest-numa-nodes, including nil and empty hint lists, empty masks and ids outside the
 * machine.
 */
class FastMergePropertyTest {
    private static final int MAX_ID = 11;
    private static final int LARGE_MAX_ID = 19;

    record Input(List<Integer> nodes, Map<Integer, Map<Integer, Integer>> distances, List<ProviderHints> providers) {
    }

    @Property(tries = 1000)
    void fastMergeEqualsPermutationFold(@ForAll("inputs") Input input) throws KubeletStartError {
        check(input);
    }

    @Property(tries = 500)
    void fastMergeEqualsPermutationFoldOn9To16Nodes(@ForAll("largeInputs") Input input) throws KubeletStartError {
        check(input);
    }

    private static void check(Input input) throws KubeletStartError {
        NumaInfo numaInfo = new NumaInfo(input.nodes(), input.distances());
        for (String policyName : PolicyFactory.POLICIES) {
            for (String preferClosest : List.of("false", "true")) {
                Map<String, String> options = BoundedMergePropertyTest.options(preferClosest, input.nodes().size());
                Policy plain = PolicyFactory.create(policyName, options, numaInfo, KubeVersion.NEWEST, Map.of(),
                        MergeAlgorithm.PERMUTATIONS);
                Policy fast = PolicyFactory.create(policyName, options, numaInfo, KubeVersion.NEWEST, Map.of());
                MergeResult expected = plain.merge(input.providers(), Trace.disabled());
                assertEquals(expected, fast.merge(input.providers(), Trace.disabled()),
                        policyName + " prefer-closest=" + preferClosest);
                // The explanation walks the same candidates; it must not fail either.
                fast.merge(input.providers(), new Trace());
            }
        }
    }

    @Property(tries = 1000)
    void reachableMasksByEveryStrategyEqualBruteForce(@ForAll("inputs") Input input) {
        checkReachable(input);
    }

    @Property(tries = 500)
    void reachableMasksOn9To16NodesEqualBruteForce(@ForAll("largeInputs") Input input) {
        checkReachable(input);
    }

    private static void checkReachable(Input input) {
        NumaMask all = NumaMask.of(input.nodes());
        List<List<TopologyHint>> lists = ProviderHintsFilter.filterProvidersHints(input.providers());
        Set<NumaMask> expected = bruteForce(lists, all);
        for (ReachableMasks.Strategy strategy : ReachableMasks.Strategy.values()) {
            assertEquals(expected, new HashSet<>(ReachableMasks.of(lists, all, strategy)), strategy.name());
        }
    }

    private static Set<NumaMask> bruteForce(List<List<TopologyHint>> lists, NumaMask all) {
        Set<Long> states = Set.of(all.bits());
        for (List<TopologyHint> list : lists) {
            Set<Long> next = new HashSet<>();
            for (long state : states) {
                for (TopologyHint hint : list) {
                    next.add(hint.affinity() == null ? state : state & hint.affinity().bits());
                }
            }
            states = next;
        }
        Set<NumaMask> out = new HashSet<>();
        for (long state : states) {
            if (state != 0) {
                out.add(new NumaMask(state));
            }
        }
        return out;
    }

    @Provide
    Arbitrary<Input> inputs() {
        return inputs(1, 8, MAX_ID);
    }

    @Provide
    Arbitrary<Input> largeInputs() {
        return inputs(9, 16, LARGE_MAX_ID);
    }

    private static Arbitrary<Input> inputs(int minNodes, int maxNodes, int maxId) {
        return Arbitraries.integers().between(0, maxId).set().ofMinSize(minNodes).ofMaxSize(maxNodes)
                .flatMap(ids -> {
                    List<Integer> nodes = new ArrayList<>(new java.util.TreeSet<>(ids));
                    return Combinators.combine(distances(maxId), providers(nodes, maxId))
                            .as((d, p) -> new Input(nodes, d, p));
                });
    }

    /** A full, possibly asymmetric matrix over ids 0-maxId, with few distinct values so ties happen. */
    private static Arbitrary<Map<Integer, Map<Integer, Integer>>> distances(int maxId) {
        return Arbitraries.of(10, 11, 12, 20, 21).list().ofSize((maxId + 1) * (maxId + 1)).map(values -> {
            Map<Integer, Map<Integer, Integer>> out = new TreeMap<>();
            for (int i = 0; i <= maxId; i++) {
                Map<Integer, Integer> row = new TreeMap<>();
                for (int j = 0; j <= maxId; j++) {
                    row.put(j, i == j ? 10 : values.get(i * (maxId + 1) + j));
                }
                out.put(i, row);
            }
            return out;
        });
    }

    /** At most five resource lists of at most five hints, so the reference fold stays small. */
    private static Arbitrary<List<ProviderHints>> providers(List<Integer> nodes, int maxId) {
        Arbitrary<ProviderHints> provider = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ProviderHints.none())),
                net.jqwik.api.Tuple.of(8, resources(nodes, maxId)));
        return provider.list().ofMinSize(0).ofMaxSize(3).filter(list -> {
            int lists = 0;
            for (ProviderHints p : list) {
                lists += Math.max(1, p.byResource().size());
            }
            return lists <= 5;
        });
    }

    private static Arbitrary<ProviderHints> resources(List<Integer> nodes, int maxId) {
        Arbitrary<List<TopologyHint>> answer = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just((List<TopologyHint>) null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<TopologyHint>of())),
                net.jqwik.api.Tuple.of(10, hint(nodes, maxId).list().ofMinSize(1).ofMaxSize(5)));
        return answer.list().ofMinSize(1).ofMaxSize(2).map(answers -> {
            Map<String, List<TopologyHint>> byResource = new LinkedHashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                byResource.put("r" + i, answers.get(i));
            }
            return ProviderHints.of(byResource);
        });
    }

    private static Arbitrary<TopologyHint> hint(List<Integer> nodes, int maxId) {
        Arbitrary<NumaMask> inside = Arbitraries.of(nodes).set().ofMinSize(1).ofMaxSize(nodes.size())
                .map(NumaMask::of);
        Arbitrary<NumaMask> anyIds = Arbitraries.integers().between(0, maxId).set().ofMaxSize(4).map(NumaMask::of);
        Arbitrary<NumaMask> affinity = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just((NumaMask) null)),
                net.jqwik.api.Tuple.of(6, inside),
                net.jqwik.api.Tuple.of(1, anyIds));
        return Combinators.combine(affinity, Arbitraries.of(true, false)).as(TopologyHint::new);
    }
}
