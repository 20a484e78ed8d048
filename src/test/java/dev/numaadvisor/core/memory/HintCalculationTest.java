package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryFixtures.*;
import static dev.numaadvisor.core.memory.StateBuilder.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** calculateHints with the group rule, regenerated hints, and the pod-level request. */
class HintCalculationTest {
    private static final String HP = "hugepages-1Gi";
    private static final String HP2M = "hugepages-2Mi";

    /**
     * {@code expected}: "resource=mask:T|F ..." joined by "; ", e.g. "memory=0:T 0,1:F"; "" = no
     * preference.
     */
    record Case(String name, StateBuilder state, Pod pod, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "fresh two nodes: each node alone is preferred",
                        fresh(2),
                        pod("p", container("c", "1Gi", "1Gi")),
                        "hugepages-1Gi=0:T 1:T 0,1:F; memory=0:T 1:T 0,1:F"),
                new Case(
                        "group {0,1} without hugepages: only nodes 2 and 3 (kubelet vector)",
                        groupOf01(),
                        pod("pod2", container("container2", "1Gi", "1Gi")),
                        "hugepages-1Gi=2:T 3:T 2,3:F; memory=2:T 3:T 2,3:F"),
                new Case(
                        "a node of a group is never used alone, even when it fits",
                        twoNodeGroup(),
                        pod(
                                "p",
                                new Container(
                                        "c",
                                        q("cpu", "1", "memory", "1Gi", HP2M, "16Mi"),
                                        q("cpu", "1", "memory", "1Gi", HP2M, "16Mi"),
                                        false)),
                        "hugepages-2Mi=0,1:F; memory=0,1:F"),
                new Case(
                        "single-NUMA use keeps a node out of every group",
                        singleUse(),
                        pod("p", container("c", "2Gi", null)),
                        "memory=1,2:T"),
                new Case(
                        "partly used nodes: preferred size still comes from allocatable",
                        partlyUsed(),
                        pod("p", container("c", "1536Mi", null)),
                        ""),
                new Case(
                        "existing blocks come back as the only, preferred hints",
                        existing(512, "memory", 512),
                        pod("pod1", container("container1", "512Mi", null)),
                        "memory=1:T"),
                new Case(
                        "existing blocks of another size: no preference",
                        existing(512, "memory", 512),
                        pod("pod1", container("container1", "1Gi", null)),
                        ""),
                new Case(
                        "existing blocks of another type: no preference",
                        existing(512, HP2M, 512),
                        pod("pod1", container("container1", "512Mi", null)),
                        ""),
                new Case(
                        "Burstable pod: no preference",
                        fresh(2),
                        pod(
                                "p",
                                new Container(
                                        "c",
                                        q("cpu", "1", "memory", "1Gi"),
                                        q("cpu", "1", "memory", "2Gi"),
                                        false)),
                        ""));
    }

    private static StateBuilder fresh(int n) {
        StateBuilder b = new StateBuilder();
        for (int i = 0; i < n; i++) {
            b.node(
                    i,
                    0,
                    List.of(i),
                    "memory",
                    table(4096, 2560, 2560),
                    HP,
                    table(1024, 1024, 1024));
        }
        return b;
    }

    private static StateBuilder groupOf01() {
        return new StateBuilder()
                .node(0, 2, List.of(0, 1), "memory", table(2048, 1536, 0), HP, table(1024, 1024, 0))
                .node(
                        1,
                        2,
                        List.of(0, 1),
                        "memory",
                        table(2048, 1536, 1024),
                        HP,
                        table(1024, 1024, 0))
                .node(
                        2,
                        0,
                        List.of(2),
                        "memory",
                        table(2048, 1536, 1536),
                        HP,
                        table(1024, 1024, 1024))
                .node(
                        3,
                        0,
                        List.of(3),
                        "memory",
                        table(2048, 1536, 1536),
                        HP,
                        table(1024, 1024, 1024))
                .block("pod1", "container1", "memory", 2048, 0, 1)
                .block("pod1", "container1", HP, 2048, 0, 1);
    }

    private static StateBuilder twoNodeGroup() {
        return new StateBuilder()
                .node(0, 2, List.of(0, 1), "memory", table(2048, 1536, 0), HP2M, table(64, 64, 0))
                .node(
                        1,
                        2,
                        List.of(0, 1),
                        "memory",
                        table(2048, 1536, 1024),
                        HP2M,
                        table(64, 64, 16))
                .block("pod1", "c", "memory", 2048, 0, 1)
                .block("pod1", "c", HP2M, 112, 0, 1);
    }

    private static StateBuilder singleUse() {
        return new StateBuilder()
                .node(0, 1, List.of(0), "memory", table(2048, 1536, 1024))
                .node(1, 0, List.of(1), "memory", table(2048, 1536, 1536))
                .node(2, 0, List.of(2), "memory", table(2048, 1536, 1536))
                .block("pod1", "c", "memory", 512, 0);
    }

    private static StateBuilder partlyUsed() {
        return new StateBuilder()
                .node(0, 1, List.of(0), "memory", table(2560, 2048, 1024))
                .node(1, 1, List.of(1), "memory", table(2560, 2048, 1024))
                .block("pod1", "a", "memory", 1024, 0)
                .block("pod2", "b", "memory", 1024, 1);
    }

    private static StateBuilder existing(long sizeMi, String type, long freeMi) {
        return new StateBuilder()
                .node(0, 0, List.of(0), "memory", table(2048, 1536, 1536))
                .node(1, 1, List.of(1), "memory", table(2048, 1536, freeMi))
                .block("pod1", "container1", type, sizeMi, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void containerHints(Case c) {
        Trace trace = new Trace();
        ProviderHints hints =
                c.state().start().containerHints(c.pod(), c.pod().containers().get(0), trace);
        assertEquals(c.expected(), render(hints));
        assertTrue(
                trace.steps().stream().anyMatch(s -> s.startsWith("memory: ")),
                "the decision is traced");
    }

    static String render(ProviderHints hints) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<TopologyHint>> e : hints.byResource().entrySet()) {
            List<String> hs = new ArrayList<>();
            for (TopologyHint h : e.getValue()) {
                hs.add(
                        h.affinity().toString().replaceAll("[\\[\\]]", "")
                                + (h.preferred() ? ":T" : ":F"));
            }
            parts.add(e.getKey() + "=" + String.join(" ", hs));
        }
        return String.join("; ", parts);
    }

    record PodCase(
            String name, List<Container> init, List<Container> apps, Map<String, Long> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The kubelet's Test_getPodRequestedResources, plus the "app containers decide" note. */
    static Stream<PodCase> podRequests() {
        return Stream.of(
                new PodCase(
                        "inits 1,4 / apps 1,2 -> 4Gi",
                        List.of(mem("i1", 1), mem("i2", 4)),
                        List.of(mem("a1", 1), mem("a2", 2)),
                        bytes("memory", 4)),
                new PodCase(
                        "inits 1,3 / apps 2,3 -> 5Gi",
                        List.of(mem("i1", 1), mem("i2", 3)),
                        List.of(mem("a1", 2), mem("a2", 3)),
                        bytes("memory", 5)),
                new PodCase(
                        "memory and hugepages independently",
                        List.of(container("i1", "5Gi", "1Gi")),
                        List.of(container("a1", "1Gi", "4Gi")),
                        bytes("memory", 5, HP, 4)),
                new PodCase(
                        "sidecar 2 then init 4 / apps 1,2 -> 6Gi",
                        List.of(sidecar("s", 2), mem("i", 4)),
                        List.of(mem("a1", 1), mem("a2", 2)),
                        bytes("memory", 6)),
                new PodCase(
                        "hugepages only in an init container drop out",
                        List.of(container("i", "1Gi", "2Gi")),
                        List.of(mem("a", 1)),
                        bytes("memory", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("podRequests")
    void podRequest(PodCase c) throws MemoryRequests.NotInt64 {
        assertEquals(
                c.expected(), new TreeMap<>(MemoryRequests.ofPod(pod("p", c.init(), c.apps()))));
    }

    private static Container mem(String name, long gi) {
        return container(name, gi + "Gi", null);
    }

    private static Container sidecar(String name, long gi) {
        return container(name, gi + "Gi", null, true);
    }

    private static Map<String, Long> bytes(Object... pairs) {
        Map<String, Long> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue() * GI);
        }
        return m;
    }

    @org.junit.jupiter.api.Test
    void quantitiesThatAreNotWholeBytesGiveNoPreference() {
        Container c =
                new Container(
                        "c",
                        Map.of("cpu", Quantity.parse("1"), "memory", Quantity.parse("100m")),
                        Map.of("cpu", Quantity.parse("1"), "memory", Quantity.parse("100m")),
                        false);
        assertEquals("", render(fresh(1).start().containerHints(pod("p", c), c, new Trace())));
    }

    @org.junit.jupiter.api.Test
    void podScopeUsesThePodRequestAndRegeneratesFromTheFirstContainerWithBlocks() {
        // Pod request 2560Mi (init 2560Mi beats apps 1Gi + 1Gi): no single node's 2560Mi
        // allocatable is short, so each node alone is preferred.
        Pod p =
                pod(
                        "p",
                        List.of(container("init", "2560Mi", null)),
                        List.of(container("a", "1Gi", null), container("b", "1Gi", null)));
        assertEquals("memory=0:T 1:T 0,1:F", render(fresh(2).start().podHints(p, new Trace())));
        StateBuilder allocated =
                new StateBuilder()
                        .node(0, 1, List.of(0), "memory", table(4096, 2560, 0))
                        .node(1, 0, List.of(1), "memory", table(4096, 2560, 2560))
                        .block("p", "init", "memory", 2560, 0);
        assertEquals("memory=0:T", render(allocated.start().podHints(p, new Trace())));
    }
}
