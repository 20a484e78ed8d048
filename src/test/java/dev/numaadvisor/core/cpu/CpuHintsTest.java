package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code topology_hints_test.go}: the same cases for container scope and pod scope, plus the
 * align-by-socket cases. Hints are written "[0]T [0, 1]F" in generation order.
 */
class CpuHintsTest {
    /**
     * The tests' cadvisor machine: cores (0,6)(1,7)(2,8) on NUMA 0, (3,9)(4,10)(5,11) on NUMA 1.
     */
    static CpuTopologyIndex cadvisorMachine() {
        List<CpuInfo> cpus = new ArrayList<>();
        for (int id = 0; id < 12; id++) {
            int core = id % 6;
            int numa = core / 3;
            cpus.add(new CpuInfo(id, core, numa, numa, numa));
        }
        return new CpuTopologyIndex(new CpuTopology(cpus));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "Request 2 CPUs, 4 available on NUMA 0, 6 available on NUMA 1",
                        "2",
                        "",
                        "2-11",
                        "[0]T [1]T [0, 1]F"),
                Arguments.of(
                        "Request 5 CPUs, 4 available on NUMA 0, 6 available on NUMA 1",
                        "5",
                        "",
                        "2-11",
                        "[1]T [0, 1]F"),
                Arguments.of(
                        "Request 7 CPUs, 4 available on NUMA 0, 6 available on NUMA 1",
                        "7",
                        "",
                        "2-11",
                        "[0, 1]T"),
                Arguments.of(
                        "Request 11 CPUs, 4 available on NUMA 0, 6 available on NUMA 1",
                        "11",
                        "",
                        "2-11",
                        ""),
                Arguments.of(
                        "Request 2 CPUs, 1 available on NUMA 0, 1 available on NUMA 1",
                        "2",
                        "",
                        "0,3",
                        "[0, 1]F"),
                Arguments.of("Request more CPUs than available", "5", "", "0-3", ""),
                Arguments.of(
                        "Regenerate Single-Node NUMA Hints if already allocated 1/2",
                        "2",
                        "0,6",
                        "",
                        "[0]T [0, 1]F"),
                Arguments.of(
                        "Regenerate Single-Node NUMA Hints if already allocated 2/2",
                        "2",
                        "3,9",
                        "",
                        "[1]T [0, 1]F"),
                Arguments.of(
                        "Regenerate Cross-NUMA Hints if already allocated",
                        "11",
                        "0-10",
                        "",
                        "[0, 1]T"),
                Arguments.of("Requested less than already allocated", "2", "0,3,6,9", "", ""),
                Arguments.of("Requested more than already allocated", "11", "0,3,6,9", "", ""));
    }

    @ParameterizedTest(name = "container: {0}")
    @MethodSource("cases")
    void containerHints(String name, String cpus, String allocated, String pool, String want)
            throws Exception {
        StaticPolicy p = policy(cadvisorMachine(), Map.of());
        Pod pod = PolicyFixtures.makePod("fakePod", "fakeContainer", cpus, cpus);
        ProviderHints h =
                p.containerHints(state(pool, allocated), pod, pod.containers().get(0), new Trace());
        assertEquals(want, words(h));
    }

    @ParameterizedTest(name = "pod: {0}")
    @MethodSource("cases")
    void podHints(String name, String cpus, String allocated, String pool, String want)
            throws Exception {
        StaticPolicy p = policy(cadvisorMachine(), Map.of());
        Pod pod = PolicyFixtures.makePod("fakePod", "fakeContainer", cpus, cpus);
        assertEquals(want, words(p.podHints(state(pool, allocated), pod, new Trace())));
    }

    static Stream<Arguments> alignBySocket() {
        return Stream.of(
                Arguments.of(
                        "AlignBySocket:false, preferred hints do not contain socket aligned hints",
                        "false",
                        "2",
                        "2-3,11",
                        "[0]T [0, 1]F [0, 2]F [0, 3]F [0, 1, 2]F [0, 1, 3]F [0, 2, 3]F [0, 1, 2,"
                            + " 3]F"),
                Arguments.of(
                        "AlignBySocket:true, preferred hints contain socket aligned hints",
                        "true",
                        "2",
                        "2-3,11",
                        "[0]T [0, 1]T [0, 2]F [0, 3]F [0, 1, 2]F [0, 1, 3]F [0, 2, 3]F [0, 1, 2,"
                            + " 3]F"),
                Arguments.of(
                        "AlignBySocket:true, preferred hints spread across sockets since 2 are"
                            + " required",
                        "true",
                        "41",
                        "0-28,40-57",
                        "[0, 1, 2]T [0, 1, 2, 3]T"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alignBySocket")
    void podHintsWithAlignBySocket(
            String name, String option, String cpus, String pool, String want) throws Exception {
        StaticPolicy p =
                policy(
                        KubeletFixtures.get("topoDualSocketMultiNumaPerSocketHT"),
                        Map.of("align-by-socket", option));
        Pod pod = PolicyFixtures.makePod("fakePod", "fakeContainer", cpus, cpus);
        assertEquals(want, words(p.podHints(state(pool, ""), pod, new Trace())));
    }

    private static StaticPolicy policy(CpuTopologyIndex topo, Map<String, String> options)
            throws Exception {
        StaticPolicyOptions o =
                StaticPolicyOptions.parse(
                        options, Map.of("CPUManagerPolicyAlphaOptions", true), KubeVersion.NEWEST);
        return StaticPolicy.create(topo, o, "best-effort", 0, null, null, Trace.disabled());
    }

    private static CpuManagerState state(String pool, String allocated) {
        CpuManagerState s = new CpuManagerState(CpuSet.parse(pool));
        if (!allocated.isEmpty()) {
            s.setCpuSet("fakePod", "fakeContainer", CpuSet.parse(allocated));
        }
        return s;
    }

    private static String words(ProviderHints h) {
        List<TopologyHint> hints = h.byResource().get("cpu");
        List<String> out = new ArrayList<>();
        for (TopologyHint t : hints) {
            out.add(t.affinity().ids() + (t.preferred() ? "T" : "F"));
        }
        return String.join(" ", out);
    }
}
