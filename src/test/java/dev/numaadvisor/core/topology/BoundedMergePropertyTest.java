package dev.numaadvisor.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.CapacityHintSpace;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintListing;
import dev.numaadvisor.core.hint.HintRule;
import dev.numaadvisor.core.hint.HintSpace;
import dev.numaadvisor.core.hint.NumaSubsets;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.SocketAlignment;
import dev.numaadvisor.core.hint.SumRule;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The bounded merge (hints read from rules) equals the fast merge over the full hint lists, which
 * {@link FastMergePropertyTest} proves equal to the kubelet's permutation fold: random machines of
 * up to 8 NUMA nodes (ids 0-11), and of 9 to 16 (ids 0-19, where the providers stop listing every
 * hint by default), with random distances, random capacity rules (fragmented free
 * amounts, re-usable nodes, any preferred width, align-by-socket) mixed with listed lists
 * (don't care, empty, short explicit lists), for every policy, with and without
 * prefer-closest-numa-nodes.
 */
class BoundedMergePropertyTest {
    private static final int MAX_ID = 11;
    /** Ids of the 9-16-node machines: some gaps, so ids and positions differ. */
    private static final int LARGE_MAX_ID = 19;

    /** One resource: a rule, or a listed answer (null = don't care). */
    record Resource(CapacityHintSpace rule, List<TopologyHint> listed) {
    }

    record Input(List<Integer> nodes, Map<Integer, Map<Integer, Integer>> distances,
                 List<Map<String, Resource>> providers, long seed) {
        @Override
        public String toString() {
            return "nodes " + nodes + " seed " + seed;
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        return Arbitraries.longs().map(seed -> input(seed, 1, 8, MAX_ID));
    }

    @Provide
    Arbitrary<Input> largeInputs() {
        return Arbitraries.longs().map(seed -> input(seed, 9, 16, LARGE_MAX_ID));
    }

    static Input input(long seed, int minNodes, int maxNodes, int maxId) {
        Random r = new Random(seed);
        List<Integer> nodes = new ArrayList<>();
        int n = minNodes + r.nextInt(maxNodes - minNodes + 1);
        while (nodes.size() < n) {
            int id = r.nextInt(maxId + 1);
            if (!nodes.contains(id)) {
                nodes.add(id);
            }
        }
        nodes.sort(null);
        Map<Integer, Map<Integer, Integer>> distances = new TreeMap<>();
        int[] values = {10, 11, 12, 20, 21};
        for (int i : nodes) {
            Map<Integer, Integer> row = new TreeMap<>();
            for (int j : nodes) {
                row.put(j, i == j ? 10 : values[r.nextInt(values.length)]);
            }
            distances.put(i, row);
        }
        List<Map<String, Resource>> providers = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int p = 0; p < count; p++) {
            Map<String, Resource> resources = new LinkedHashMap<>();
            int rs = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(2);
            for (int i = 0; i < rs; i++) {
                resources.put("r" + p + i, resource(r, nodes));
            }
            providers.add(resources);
        }
        return new Input(nodes, distances, providers, seed);
    }

    private static Resource resource(Random r, List<Integer> nodes) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return new Resource(null, null);
        }
        if (kind == 1) {
            return new Resource(null, List.of());
        }
        if (kind == 2) {
            List<TopologyHint> hints = new ArrayList<>();
            for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) {
                long mask = subset(r, nodes, 1 + r.nextInt(nodes.size()));
                hints.add(r.nextInt(5) == 0 ? new TopologyHint(null, r.nextBoolean())
                        : new TopologyHint(new NumaMask(mask), r.nextBoolean()));
            }
            return new Resource(null, hints);
        }
        long universe = r.nextInt(4) == 0 ? subset(r, nodes, 1 + r.nextInt(nodes.size())) : NumaMask.of(nodes).bits();
        long[] amounts = new long[64];
        long[] sockets = new long[64];
        int socketCount = 1 + r.nextInt(3);
        boolean uniform = r.nextInt(3) == 0;
        for (int id : nodes) {
            amounts[id] = uniform ? 4 : r.nextInt(3) == 0 ? 0 : r.nextInt(6);
            // Now and then a NUMA node whose CPUs sit on two sockets (explicit topologies allow it).
            sockets[id] = 1L << (nodes.indexOf(id) * socketCount / nodes.size())
                    | (r.nextInt(8) == 0 ? 1L << r.nextInt(socketCount) : 0);
        }
        long required = r.nextInt(4) == 0 ? subset(r, new NumaMask(universe).ids(), 1) : 0;
        int minWidth = 1 + r.nextInt(Long.bitCount(universe));
        SocketAlignment alignment = r.nextInt(4) == 0
                ? new SocketAlignment(sockets, socketCount, 1 + r.nextInt(socketCount)) : null;
        return new Resource(new CapacityHintSpace(universe, required, SumRule.of(amounts, r.nextInt(16)),
                minWidth, alignment), null);
    }

    private static long subset(Random r, List<Integer> ids, int size) {
        long out = 0;
        while (Long.bitCount(out) < Math.min(size, ids.size())) {
            out |= 1L << ids.get(r.nextInt(ids.size()));
        }
        return out;
    }

    /** The full list a rule stands for: every hint in the kubelet's order. */
    static List<TopologyHint> full(HintSpace space) {
        List<TopologyHint> out = new ArrayList<>();
        NumaSubsets.forEach(new NumaMask(space.universe()).ids(), m -> {
            if (space.isHint(m.bits())) {
                out.add(new TopologyHint(m, space.isPreferred(m.bits())));
            }
        });
        return out;
    }

    static List<ProviderHints> answers(Input in, boolean bounded) {
        List<ProviderHints> out = new ArrayList<>();
        for (Map<String, Resource> provider : in.providers()) {
            Map<String, List<TopologyHint>> lists = new LinkedHashMap<>();
            Map<String, HintRule> rules = new TreeMap<>();
            provider.forEach((name, res) -> {
                if (res.rule() == null) {
                    lists.put(name, res.listed());
                    return;
                }
                List<TopologyHint> all = full(res.rule());
                if (!bounded || all.isEmpty()) {
                    lists.put(name, all);
                    return;
                }
                lists.put(name, all.subList(0, Math.min(HintListing.LISTED_HINTS, all.size())));
                rules.put(name, new HintRule(res.rule(), "test rule", HintBounds.DEFAULT));
            });
            out.add(ProviderHints.of(lists, rules));
        }
        return out;
    }

    /**
     * How many rules and what kind of winner (preferred; not preferred and some resource's own
     * hint; not preferred and only an intersection of hints): the report shows every kind occurs.
     */
    private static String coverage(Input in, List<ProviderHints> full, TopologyHint winner) {
        long rules = in.providers().stream().flatMap(m -> m.values().stream()).filter(x -> x.rule() != null).count();
        String kind = "preferred";
        if (!winner.preferred()) {
            kind = "not preferred, only an intersection";
            for (ProviderHints p : full) {
                for (List<TopologyHint> list : p.byResource().values()) {
                    for (TopologyHint h : list == null ? List.<TopologyHint>of() : list) {
                        kind = winner.affinity().equals(h.affinity()) ? "not preferred, a resource's own hint" : kind;
                    }
                }
            }
        }
        return (rules >= 2 ? "2+" : String.valueOf(rules)) + " rules, " + kind;
    }

    @Property(tries = 3000)
    void boundedMergeEqualsMergeOfFullLists(@ForAll("inputs") Input in) throws KubeletStartError {
        check(in);
    }

    /** Fewer tries: each full list holds up to 2^16 - 1 hints, which the reference merge combines. */
    @Property(tries = 250)
    void boundedMergeEqualsMergeOfFullListsOn9To16Nodes(@ForAll("largeInputs") Input in)
            throws KubeletStartError {
        check(in);
    }

    /** The kubelet refuses more than 8 NUMA nodes unless max-allowable-numa-nodes says so. */
    static Map<String, String> options(String preferClosest, int numaNodes) {
        return numaNodes <= 8 ? Map.of(PolicyOptions.PREFER_CLOSEST_NUMA_NODES, preferClosest)
                : Map.of(PolicyOptions.PREFER_CLOSEST_NUMA_NODES, preferClosest,
                        PolicyOptions.MAX_ALLOWABLE_NUMA_NODES, Integer.toString(numaNodes));
    }

    private static void check(Input in) throws KubeletStartError {
        NumaInfo numaInfo = new NumaInfo(in.nodes(), in.distances());
        List<ProviderHints> full = answers(in, false);
        List<ProviderHints> bounded = answers(in, true);
        for (String policyName : PolicyFactory.POLICIES) {
            for (String closest : List.of("false", "true")) {
                Policy policy = PolicyFactory.create(policyName, options(closest, in.nodes().size()),
                        numaInfo, KubeVersion.NEWEST, Map.of());
                MergeResult expected = policy.merge(full, Trace.disabled());
                if (policyName.equals(PolicyFactory.POLICY_BEST_EFFORT) && closest.equals("false")) {
                    Statistics.collect(coverage(in, full, expected.hint()));
                }
                assertEquals(expected, policy.merge(bounded, Trace.disabled()),
                        policyName + " prefer-closest=" + closest);
                assertEquals(expected, policy.merge(bounded, new Trace()), "the trace changes nothing");
            }
        }
    }
}
