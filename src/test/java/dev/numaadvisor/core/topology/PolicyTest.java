package dev.numaadvisor.core.topology;

import static dev.numaadvisor.core.topology.TestHints.list;
import static dev.numaadvisor.core.topology.TestHints.n;
import static dev.numaadvisor.core.topology.TestHints.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The four policies as composed by the factory, each case run under every policy. */
class PolicyTest {
    private static Policy policy(String name) throws KubeletStartError {
        return PolicyFactory.create(name, Map.of(), TestHints.nodes(4), KubeVersion.NEWEST, Map.of());
    }

    private static ProviderHints resource(String name, List<TopologyHint> hints) {
        Map<String, List<TopologyHint>> m = new HashMap<>();
        m.put(name, hints);
        return ProviderHints.of(m);
    }

    /** Providers, then the expected {hint, admit} under none, best-effort, restricted, single-numa-node. */
    static Stream<Arguments> cases() {
        TopologyHint all = n(0, 1, 2, 3);
        return Stream.of(
                Arguments.of("aligned on one node",
                        List.of(resource("cpu", list(p(1), n(0, 1))), resource("memory", list(p(1), p(0)))),
                        List.of(p(1), p(1), p(1), p(1)), List.of(true, true, true, true)),
                Arguments.of("needs two nodes",
                        List.of(resource("cpu", list(p(0, 1))), resource("memory", list(p(0, 1)))),
                        List.of(p(0, 1), p(0, 1), p(0, 1), TopologyHint.ZERO), List.of(true, true, true, false)),
                Arguments.of("a resource that fits nowhere",
                        List.of(resource("cpu", list(p(0))), resource("gpu", list())),
                        List.of(n(0), n(0), n(0), TopologyHint.ZERO), List.of(true, true, false, false)),
                Arguments.of("no provider has an opinion", List.of(ProviderHints.none(), resource("cpu", null)),
                        List.of(p(0, 1, 2, 3), p(0, 1, 2, 3), p(0, 1, 2, 3), TopologyHint.DONT_CARE),
                        List.of(true, true, true, true)),
                Arguments.of("disjoint preferences",
                        List.of(resource("cpu", list(p(0))), resource("memory", list(p(3)))),
                        List.of(all, all, all, TopologyHint.ZERO), List.of(true, true, false, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPolicy(String name, List<ProviderHints> providers, List<TopologyHint> hints, List<Boolean> admits)
            throws KubeletStartError {
        List<String> policies = PolicyFactory.POLICIES;
        for (int i = 0; i < policies.size(); i++) {
            MergeResult result = policy(policies.get(i)).merge(providers, new Trace());
            TopologyHint expectedHint = i == 0 ? TopologyHint.ZERO : hints.get(i);
            boolean expectedAdmit = i == 0 || admits.get(i);
            assertEquals(new MergeResult(expectedHint, expectedAdmit), result, policies.get(i));
        }
    }

    @Test
    void providerOrderDoesNotChangeTheResult() throws KubeletStartError {
        List<ProviderHints> providers = new ArrayList<>(List.of(
                resource("a", list(n(0, 1, 2, 3), n(0, 1))), resource("b", list(n(1, 2), n(2, 3))),
                resource("c", list(p(1, 2), n(1, 2, 3)))));
        Policy policy = policy("best-effort");
        MergeResult first = policy.merge(providers, Trace.disabled());
        java.util.Collections.reverse(providers);
        assertEquals(first, policy.merge(providers, Trace.disabled()));
    }

    @Test
    void traceSaysWhyInPlainWords() throws KubeletStartError {
        Trace trace = new Trace();
        policy("restricted").merge(List.of(resource("cpu", list(p(0, 1))), resource("memory", list(p(0, 1, 2)))), trace);
        String all = String.join("\n", trace.steps());
        assertTrue(all.contains("cpu: [0,1] preferred"), all);
        assertTrue(all.contains("1 combination of one hint per resource (1 x 1)"), all);
        assertTrue(all.contains("restricted admits only a preferred merged hint; the best is [0,1] not preferred"), all);

        Trace closer = new Trace();
        PolicyFactory.create("best-effort", Map.of("prefer-closest-numa-nodes", "true"),
                TestHints.withDistances(TestHints.FOUR_NODES), KubeVersion.NEWEST, Map.of())
                .merge(List.of(resource("cpu", list(p(0, 3), p(0, 1)))), closer);
        assertTrue(String.join("\n", closer.steps()).contains("closer: average distance 10.5 instead of 11"),
                closer.steps().toString());

        Trace narrower = new Trace();
        policy("best-effort").merge(List.of(resource("cpu", list(p(0, 1), p(2)))), narrower);
        assertTrue(String.join("\n", narrower.steps()).contains("narrower: 1 NUMA node instead of 2"),
                narrower.steps().toString());

        Trace single = new Trace();
        policy("single-numa-node").merge(List.of(resource("cpu", list(p(0, 1), n(0)))), single);
        assertTrue(String.join("\n", single.steps()).contains("cpu keeps nothing, drops 2"), single.steps().toString());
    }
}
