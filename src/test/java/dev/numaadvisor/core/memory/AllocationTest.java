package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryFixtures.*;
import static dev.numaadvisor.core.memory.StateBuilder.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Allocate: default and extended hints, the group rule, multi-NUMA blocks, init-container re-use.
 */
class AllocationTest {
    private static final String HP = "hugepages-1Gi";

    @Test
    void multiNumaAllocationFillsTheLowestNodeFirst() throws AdmissionError {
        StateBuilder b = new StateBuilder();
        for (int i = 0; i < 4; i++) {
            b.node(i, 0, List.of(i), "memory", table(1024, 512, 512), HP, table(1024, 1024, 1024));
        }
        MemoryManager m = b.start();
        Pod p = pod("pod1", container("container1", "1Gi", "1Gi"));
        Trace trace = new Trace();
        m.allocate(p, p.containers().get(0), new TopologyHint(null, true), trace);

        ContainerMemory got = m.assigned("pod1", "container1");
        assertEquals(List.of(0, 1), got.numaNodes());
        assertEquals(Map.of("memory", GI, HP, GI), got.bytes());
        Map<Integer, NumaNodeState> s = m.checkpoint().machineState();
        assertEquals(
                new MemoryTable(GI, 512 * MI, 512 * MI, 512 * MI, 0),
                s.get(0).memoryMap().get("memory"));
        assertEquals(
                new MemoryTable(GI, 512 * MI, 512 * MI, 512 * MI, 0),
                s.get(1).memoryMap().get("memory"));
        assertEquals(new MemoryTable(GI, 0, GI, GI, 0), s.get(0).memoryMap().get(HP));
        assertEquals(
                new MemoryTable(GI, 0, GI, 0, GI),
                s.get(1).memoryMap().get(HP),
                "node 1 keeps its pages");
        assertEquals(List.of(0, 1), s.get(1).cells());
        assertEquals(2, s.get(0).numberOfAssignments());
        assertEquals(List.of(2), s.get(2).cells());
        assertTrue(
                trace.steps().stream().anyMatch(t -> t.contains("default")),
                String.join("\n", trace.steps()));
    }

    /** One row of the re-use table: sizes in GiB; a negative init size marks a sidecar. */
    record ReuseCase(
            String name,
            long[] inits,
            long[] apps,
            long[] recordedInits,
            long[] recordedApps,
            long reservedGi) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ReuseCase> reuse() {
        return Stream.of(
                new ReuseCase("inits 1,2 / apps 3,4", gi(1, 2), gi(3, 4), gi(0, 0), gi(3, 4), 7),
                new ReuseCase("inits 4,3 / apps 2,1", gi(4, 3), gi(2, 1), gi(0, 1), gi(2, 1), 4),
                new ReuseCase("inits 7,4 / apps 4,3", gi(7, 4), gi(4, 3), gi(0, 0), gi(4, 3), 7),
                new ReuseCase("inits 7,4 / apps 5,2", gi(7, 4), gi(5, 2), gi(0, 0), gi(5, 2), 7),
                new ReuseCase(
                        "sidecars never donate",
                        gi(1, -2, 3, -4),
                        gi(1),
                        gi(0, 2, 0, 4),
                        gi(1),
                        7));
    }

    private static long[] gi(long... v) {
        return v;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reuse")
    void initContainerMemoryIsReused(ReuseCase c) throws AdmissionError {
        MemoryManager m =
                new StateBuilder()
                        .node(
                                0,
                                0,
                                List.of(0),
                                "memory",
                                table(17408, 16384, 16384),
                                HP,
                                table(16384, 16384, 16384))
                        .start();
        List<Container> inits = new ArrayList<>();
        for (int i = 0; i < c.inits().length; i++) {
            long size = Math.abs(c.inits()[i]);
            inits.add(container("init" + i, size + "Gi", size + "Gi", c.inits()[i] < 0));
        }
        List<Container> apps = new ArrayList<>();
        for (int i = 0; i < c.apps().length; i++) {
            apps.add(container("app" + i, c.apps()[i] + "Gi", c.apps()[i] + "Gi"));
        }
        Pod p = pod("pod1", inits, apps);
        for (Container ctr : p.allContainers()) {
            m.allocate(p, ctr, TopologyHint.ZERO, new Trace());
        }
        for (int i = 0; i < inits.size(); i++) {
            assertEquals(
                    Map.of("memory", c.recordedInits()[i] * GI, HP, c.recordedInits()[i] * GI),
                    m.assigned("pod1", "init" + i).bytes(),
                    "init" + i);
        }
        for (int i = 0; i < apps.size(); i++) {
            assertEquals(
                    Map.of("memory", c.recordedApps()[i] * GI, HP, c.recordedApps()[i] * GI),
                    m.assigned("pod1", "app" + i).bytes(),
                    "app" + i);
        }
        NumaNodeState node = m.checkpoint().machineState().get(0);
        assertEquals(c.reservedGi() * GI, node.memoryMap().get("memory").reserved());
        assertEquals(c.reservedGi() * GI, node.memoryMap().get(HP).reserved());
        assertEquals(
                2 * p.allContainers().size(),
                node.numberOfAssignments(),
                "zero-size blocks count too");
    }

    record Failure(String name, StateBuilder state, TopologyHint affinity, String kubeletError) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Failure> failures() {
        return Stream.of(
                new Failure(
                        "nothing free anywhere, no affinity",
                        new StateBuilder()
                                .node(
                                        0,
                                        2,
                                        List.of(0),
                                        "memory",
                                        table(2048, 1536, 512),
                                        HP,
                                        table(1024, 1024, 0)),
                        TopologyHint.ZERO,
                        "[memorymanager] failed to get the default NUMA affinity, no NUMA nodes "
                                + "with enough memory is available"),
                new Failure(
                        "preferred nil affinity, default hint not preferred",
                        threeNodes(),
                        new TopologyHint(null, true),
                        "[memorymanager] failed to find the default preferred hint"),
                new Failure(
                        "preferred [1] extends to a non-preferred set",
                        threeNodes(),
                        TopologyHint.of(true, 1),
                        "[memorymanager] failed to find the extended preferred hint"),
                new Failure(
                        "[0] cannot grow past its single-NUMA use",
                        new StateBuilder()
                                .node(
                                        0,
                                        1,
                                        List.of(0),
                                        "memory",
                                        table(2048, 1536, 512),
                                        HP,
                                        table(1024, 1024, 1024))
                                .node(
                                        1,
                                        0,
                                        List.of(1),
                                        "memory",
                                        table(2048, 1536, 1536),
                                        HP,
                                        table(1024, 1024, 1024)),
                        TopologyHint.of(false, 0),
                        "[memorymanager] failed to find NUMA nodes to extend the current "
                                + "topology hint"),
                new Failure(
                        "[0,1] given although node 0 holds single-NUMA memory",
                        new StateBuilder()
                                .node(
                                        0,
                                        1,
                                        List.of(0),
                                        "memory",
                                        table(2048, 1536, 1024),
                                        HP,
                                        table(1024, 1024, 1024))
                                .node(
                                        1,
                                        0,
                                        List.of(1),
                                        "memory",
                                        table(2048, 1536, 1536),
                                        HP,
                                        table(1024, 1024, 1024)),
                        TopologyHint.of(true, 0, 1),
                        "[memorymanager] preferred hint violates NUMA node allocation"));
    }

    /**
     * allocate-005/007: node 0 has 512Mi free of 1Gi allocatable, nodes 1 and 2 512Mi allocatable.
     */
    private static StateBuilder threeNodes() {
        return new StateBuilder()
                .node(
                        0,
                        1,
                        List.of(0),
                        "memory",
                        table(1536, 1024, 512),
                        HP,
                        table(1024, 1024, 1024))
                .node(
                        1,
                        0,
                        List.of(1),
                        "memory",
                        table(1536, 512, 512),
                        HP,
                        table(1024, 1024, 1024))
                .node(
                        2,
                        0,
                        List.of(2),
                        "memory",
                        table(1536, 512, 512),
                        HP,
                        table(1024, 1024, 1024))
                .block("pod1", "container1", "memory", 512, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void allocationFails(Failure f) {
        MemoryManager m = f.state().start();
        MemoryManagerCheckpoint before = m.checkpoint();
        Pod p = pod("pod2", container("container2", "1Gi", "1Gi"));
        Trace trace = new Trace();
        AdmissionError e =
                assertThrows(
                        AdmissionError.class,
                        () -> m.allocate(p, p.containers().get(0), f.affinity(), trace));
        assertEquals("UnexpectedAdmissionError", e.reason());
        assertEquals(
                "Allocate failed due to " + f.kubeletError() + ", which is unexpected",
                e.getMessage());
        assertEquals(before, m.checkpoint(), "a failed allocation changes nothing");
        assertTrue(
                trace.steps().stream().anyMatch(t -> t.contains("fails")),
                String.join("\n", trace.steps()));
    }

    @Test
    void burstablePodsGetNothing() throws AdmissionError {
        MemoryManager m =
                new StateBuilder()
                        .node(0, 0, List.of(0), "memory", table(2048, 1536, 1536))
                        .start();
        Container c =
                new Container(
                        "c", q("cpu", "1", "memory", "1Gi"), q("cpu", "1", "memory", "2Gi"), false);
        MemoryManagerCheckpoint before = m.checkpoint();
        m.allocate(pod("p", c), c, TopologyHint.ZERO, new Trace());
        assertNull(m.assigned("p", "c"));
        assertEquals(before, m.checkpoint());
    }

    @Test
    void containersAlreadyInTheStateAreLeftAlone() throws AdmissionError {
        MemoryManager m =
                new StateBuilder()
                        .node(
                                0,
                                0,
                                List.of(0),
                                "memory",
                                table(2048, 1536, 512),
                                HP,
                                table(1024, 1024, 1024))
                        .block("pod1", "container1", "memory", 1024, 0)
                        .start();
        MemoryManagerCheckpoint before = m.checkpoint();
        Pod p = pod("pod1", container("container1", "1Gi", "1Gi"));
        m.allocate(p, p.containers().get(0), TopologyHint.ZERO, new Trace());
        assertEquals(before, m.checkpoint());
        assertEquals(Map.of("memory", GI), m.assigned("pod1", "container1").bytes());
    }

    @Test
    void crossNumaGroupIsReusedOnlyAsAWhole() throws AdmissionError {
        StateBuilder b = new StateBuilder();
        for (int i = 0; i < 3; i++) {
            b.node(i, 0, List.of(i), "memory", table(2048, 1024, 1024));
        }
        MemoryManager m = b.start();
        Pod big = pod("big", container("c", "1536Mi", null));
        m.allocate(big, big.containers().get(0), TopologyHint.ZERO, new Trace());
        assertEquals(List.of(0, 1), m.assigned("big", "c").numaNodes());
        Pod small = pod("small", container("c", "256Mi", null));
        assertEquals(
                "memory=2:T 0,1:F",
                HintCalculationTest.render(
                        m.containerHints(small, small.containers().get(0), new Trace())));
        m.allocate(small, small.containers().get(0), TopologyHint.of(false, 0, 1), new Trace());
        assertEquals(List.of(0, 1), m.assigned("small", "c").numaNodes());
        assertEquals(
                2, m.checkpoint().machineState().get(1).numberOfAssignments(), "one block each");
    }

    @Test
    void removeReturnsMemoryAndLeavesTheGroup() throws AdmissionError {
        StateBuilder b = new StateBuilder();
        for (int i = 0; i < 2; i++) {
            b.node(
                    i,
                    0,
                    List.of(i),
                    "memory",
                    table(2048, 1024, 1024),
                    HP,
                    table(1024, 1024, 1024));
        }
        MemoryManager m = b.start();
        MemoryManagerCheckpoint before = m.checkpoint();
        Pod p = pod("p", container("c", "1536Mi", "1Gi"));
        m.allocate(p, p.containers().get(0), TopologyHint.ZERO, new Trace());
        MemoryManager whatIf = m.copy();
        m.removeContainer("p", "c", new Trace());
        assertEquals(before, m.checkpoint());
        assertEquals(
                List.of(0, 1), whatIf.assigned("p", "c").numaNodes(), "the copy is independent");
    }

    @Test
    void startingAnAppContainerReleasesFinishedInitContainers() throws AdmissionError {
        MemoryManager m =
                new StateBuilder()
                        .node(0, 0, List.of(0), "memory", table(8192, 8192, 8192))
                        .start();
        Pod p =
                pod(
                        "p",
                        List.of(
                                container("init", "4Gi", null),
                                container("side", "1Gi", null, true)),
                        List.of(container("app", "2Gi", null)));
        for (Container c : p.allContainers()) {
            m.allocate(p, c, TopologyHint.ZERO, new Trace());
        }
        m.addContainer(p, p.containers().get(0), new Trace());
        assertNull(m.assigned("p", "init"));
        assertEquals(Map.of("memory", GI), m.assigned("p", "side").bytes());
        assertEquals(
                3 * GI, m.checkpoint().machineState().get(0).memoryMap().get("memory").reserved());
    }

    /** Kubelet quirk: a single-node affinity is never checked against groups, so it splits one. */
    @Test
    void singleNodeAffinityTakesANodeOutOfItsGroup() throws AdmissionError {
        StateBuilder b = new StateBuilder();
        for (int i = 0; i < 2; i++) {
            b.node(i, 0, List.of(i), "memory", table(2048, 1024, 1024));
        }
        MemoryManager m = b.start();
        Pod big = pod("big", container("c", "1536Mi", null));
        m.allocate(big, big.containers().get(0), TopologyHint.ZERO, new Trace());
        Pod small = pod("small", container("c", "128Mi", null));
        Trace trace = new Trace();
        m.allocate(small, small.containers().get(0), TopologyHint.of(true, 1), trace);
        assertEquals(List.of(0, 1), m.checkpoint().machineState().get(0).cells());
        assertEquals(List.of(1), m.checkpoint().machineState().get(1).cells());
        assertTrue(
                trace.steps().stream().anyMatch(t -> t.contains("leaves its group")),
                String.join("\n", trace.steps()));
    }
}
