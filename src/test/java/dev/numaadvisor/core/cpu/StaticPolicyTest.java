package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The kubelet's static policy tests ({@code policy_static_test.go}) against our policy and state
 * directly, as the kubelet's tests drive its policy with a mock state.
 */
class StaticPolicyTest {
    private static final String SINGLE_HT = "topoSingleSocketHT";
    private static final String DUAL_HT = "topoDualSocketHT";
    private static final String DUAL_NO_HT = "topoDualSocketNoHT";
    private static final Map<String, String> STRICT = Map.of("strict-cpu-reservation", "true");
    private static final Map<String, String> FULL = Map.of("full-pcpus-only", "true");

    static Stream<Arguments> start() {
        return Stream.of(
                Arguments.of(
                        "non-corrupted state", 0, null, Map.of(), "fakePod/0=0", "1-11", "=1-11"),
                Arguments.of("empty cpuset", 1, null, Map.of(), "", "", "=0-11"),
                Arguments.of(
                        "reserved cores 0 & 6 are not present in available cpuset",
                        2,
                        null,
                        Map.of(),
                        "",
                        "0-1",
                        "not all reserved cpus: \"0,6\" are present in defaultCpuSet: \"0-1\""),
                Arguments.of(
                        "some of reserved cores are present (strict)",
                        2,
                        null,
                        STRICT,
                        "",
                        "0-1",
                        "some of strictly reserved cpus: \"0\" are present in defaultCpuSet:"
                            + " \"0-1\""),
                Arguments.of(
                        "assigned core 2 is still present in available cpuset",
                        0,
                        null,
                        Map.of(),
                        "fakePod/0=0-2",
                        "2-11",
                        "pod: fakePod, container: 0 cpuset: \"0-2\" overlaps with default cpuset"
                            + " \"2-11\""),
                Arguments.of(
                        "assigned core 2 is still present (strict)",
                        0,
                        null,
                        STRICT,
                        "fakePod/0=0-2",
                        "2-11",
                        "pod: fakePod, container: 0 cpuset: \"0-2\" overlaps with default cpuset"
                            + " \"2-11\""),
                Arguments.of(
                        "core 12 is not present in topology but is in state cpuset",
                        0,
                        null,
                        Map.of(),
                        "fakePod/0=0-2;fakePod/1=3-4",
                        "5-12",
                        "current set of available CPUs \"0-11\" doesn't match with CPUs in state"
                            + " \"0-12\""),
                Arguments.of(
                        "core 11 is present in topology but is not in state cpuset",
                        0,
                        null,
                        Map.of(),
                        "fakePod/0=0-2;fakePod/1=3-4",
                        "5-10",
                        "current set of available CPUs \"0-11\" doesn't match with CPUs in state"
                            + " \"0-10\""),
                Arguments.of("resv list: empty cpuset", 2, "0-1", Map.of(), "", "", "=0-11"),
                Arguments.of("resv list: empty cpuset (strict)", 2, "0-1", STRICT, "", "", "=2-11"),
                Arguments.of(
                        "resv list: reserved cores 0 & 1 are not present",
                        2,
                        "0-1",
                        Map.of(),
                        "",
                        "2-5",
                        "not all reserved cpus: \"0-1\" are present in defaultCpuSet: \"2-5\""),
                Arguments.of(
                        "resv list: reserved cores 0 & 1 are present (strict)",
                        2,
                        "0-1",
                        STRICT,
                        "",
                        "0-5",
                        "some of strictly reserved cpus: \"0-1\" are present in defaultCpuSet:"
                            + " \"0-5\""),
                Arguments.of(
                        "default cpuset empty with assignments",
                        0,
                        null,
                        Map.of(),
                        "fakePod/0=0-11",
                        "",
                        "default cpuset cannot be empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("start")
    void start(
            String name,
            int numReserved,
            String reserved,
            Map<String, String> options,
            String assignments,
            String defaultSet,
            String want)
            throws KubeletStartError {
        StaticPolicy p = PolicyFixtures.staticPolicy(DUAL_HT, numReserved, reserved, options);
        CpuManagerState s = PolicyFixtures.state(defaultSet, assignments);
        if (want.startsWith("=")) {
            p.start(s, new Trace());
            assertEquals(CpuSet.parse(want.substring(1)), s.defaultCpuSet());
        } else {
            KubeletStartError e =
                    assertThrows(KubeletStartError.class, () -> p.start(s, new Trace()));
            assertEquals(want, e.getMessage());
        }
    }

    @Test
    void inconsistentReservationFailsCreation() {
        KubeletStartError e =
                assertThrows(
                        KubeletStartError.class,
                        () -> PolicyFixtures.staticPolicy(DUAL_HT, 1, "0,1", Map.of()));
        assertEquals(
                "[cpumanager] unable to reserve the required amount of CPUs (size of 0-1 did not"
                    + " equal 1)",
                e.getMessage());
    }

    /**
     * Options-insensitive cases run with no options and with full-pcpus-only, as the kubelet's test
     * does.
     */
    static Stream<Arguments> add() {
        Stream<Arguments> insensitive =
                Stream.of(
                        add(
                                "GuPodMultipleCores, SingleSocketHT, ExpectAllocOneCore",
                                SINGLE_HT,
                                1,
                                null,
                                "fakePod/fakeContainer100=2-3,6-7",
                                "0-1,4-5",
                                "fakeContainer3",
                                "2000m",
                                "2000m",
                                null,
                                "1,5"),
                        add(
                                "GuPodMultipleCores, DualSocketHT, ExpectAllocOneSocket",
                                DUAL_HT,
                                1,
                                null,
                                "fakePod/fakeContainer100=2",
                                "0-1,3-11",
                                "fakeContainer3",
                                "6000m",
                                "6000m",
                                null,
                                "1,3,5,7,9,11"),
                        add(
                                "GuPodMultipleCores, DualSocketHT, ExpectAllocThreeCores",
                                DUAL_HT,
                                1,
                                null,
                                "fakePod/fakeContainer100=1,5",
                                "0,2-4,6-11",
                                "fakeContainer3",
                                "6000m",
                                "6000m",
                                null,
                                "2-4,8-10"),
                        add(
                                "GuPodMultipleCores, DualSocketNoHT, ExpectAllocOneSocket",
                                DUAL_NO_HT,
                                1,
                                null,
                                "",
                                "0-1,3-7",
                                "fakeContainer1",
                                "4000m",
                                "4000m",
                                null,
                                "4-7"),
                        add(
                                "GuPodMultipleCores, DualSocketNoHT, ExpectAllocFourCores",
                                DUAL_NO_HT,
                                1,
                                null,
                                "fakePod/fakeContainer100=4-5",
                                "0-1,3,6-7",
                                "fakeContainer1",
                                "4000m",
                                "4000m",
                                null,
                                "1,3,6-7"),
                        add(
                                "GuPodMultipleCores, DualSocketHT, ExpectAllocOneSocketOneCore",
                                DUAL_HT,
                                1,
                                null,
                                "fakePod/fakeContainer100=2",
                                "0-1,3-11",
                                "fakeContainer3",
                                "8000m",
                                "8000m",
                                null,
                                "1,3-5,7,9-11"),
                        add(
                                "NonGuPod, SingleSocketHT, NoAlloc",
                                SINGLE_HT,
                                1,
                                null,
                                "",
                                "0-7",
                                "fakeContainer1",
                                "1000m",
                                "2000m",
                                null,
                                "none"),
                        add(
                                "GuPodNonIntegerCore, SingleSocketHT, NoAlloc",
                                SINGLE_HT,
                                1,
                                null,
                                "",
                                "0-7",
                                "fakeContainer4",
                                "977m",
                                "977m",
                                null,
                                "none"));
        Stream<Arguments> both =
                insensitive.flatMap(a -> Stream.of(withOptions(a, Map.of()), withOptions(a, FULL)));
        Stream<Arguments> others =
                Stream.of(
                        withOptions(
                                add(
                                        "GuPodSingleCore, SingleSocketHT, ExpectAllocOneCPU",
                                        SINGLE_HT,
                                        1,
                                        null,
                                        "",
                                        "0-7",
                                        "fakeContainer2",
                                        "1000m",
                                        "1000m",
                                        null,
                                        "4"),
                                Map.of()),
                        withOptions(
                                add(
                                        "GuPodSingleCore, SingleSocketHT, ExpectError",
                                        SINGLE_HT,
                                        1,
                                        null,
                                        "",
                                        "0-7",
                                        "fakeContainer2",
                                        "8000m",
                                        "8000m",
                                        null,
                                        "UnexpectedAdmissionError:Allocate failed due to not enough"
                                            + " cpus available to satisfy request: requested=8,"
                                            + " available=7, which is unexpected"),
                                Map.of()),
                        withOptions(
                                add(
                                        "GuPodMultipleCores, SingleSocketHT, ExpectSameAllocation",
                                        SINGLE_HT,
                                        1,
                                        null,
                                        "fakePod/fakeContainer3=1-2,5-6",
                                        "0,3-4,7",
                                        "fakeContainer3",
                                        "4000m",
                                        "4000m",
                                        null,
                                        "1-2,5-6"),
                                Map.of()),
                        withOptions(
                                add(
                                        "GuPodMultipleCores, SingleSocketHT, NoAllocExpectError",
                                        SINGLE_HT,
                                        1,
                                        null,
                                        "fakePod/fakeContainer100=1-6",
                                        "0,7",
                                        "fakeContainer5",
                                        "2000m",
                                        "2000m",
                                        null,
                                        "UnexpectedAdmissionError:Allocate failed due to not enough"
                                            + " cpus available to satisfy request: requested=2,"
                                            + " available=1, which is unexpected"),
                                Map.of()),
                        withOptions(
                                add(
                                        "SMT: GuPodSingleCore, SingleSocketHT",
                                        SINGLE_HT,
                                        1,
                                        null,
                                        "",
                                        "0-7",
                                        "fakeContainer2",
                                        "1000m",
                                        "1000m",
                                        null,
                                        "SMTAlignmentError:SMT Alignment Error: requested 1 cpus"
                                            + " not multiple cpus per core = 2"),
                                FULL),
                        withOptions(
                                add(
                                        "SMT: topoQuadSocketFourWayHT, 15 CPUs",
                                        "topoQuadSocketFourWayHT",
                                        8,
                                        null,
                                        "",
                                        "0-287",
                                        "fakeContainer15",
                                        "15000m",
                                        "15000m",
                                        null,
                                        "SMTAlignmentError:SMT Alignment Error: requested 15 cpus"
                                            + " not multiple cpus per core = 4"),
                                FULL),
                        withOptions(
                                add(
                                        "SMT: GuPodManyCores, topoDualSocketHT,"
                                            + " ExpectDoNotAllocPartialCPU",
                                        DUAL_HT,
                                        2,
                                        "1,6",
                                        "",
                                        "0,2-5,7-11",
                                        "fakeContainerBug113537_1",
                                        "10000m",
                                        "10000m",
                                        null,
                                        "SMTAlignmentError:SMT Alignment Error: not enough free"
                                            + " physical CPUs: available physical CPUs = 8,"
                                            + " requested CPUs = 10, CPUs per core = 2"),
                                FULL),
                        withOptions(
                                add(
                                        "SMT: GuPodManyCores, topoDualSocketHT, AutoReserve,"
                                            + " ExpectAllocAllCPUs",
                                        DUAL_HT,
                                        2,
                                        null,
                                        "",
                                        "1-5,7-11",
                                        "fakeContainerBug113537_2",
                                        "10000m",
                                        "10000m",
                                        null,
                                        "1-5,7-11"),
                                FULL),
                        withOptions(
                                add(
                                        "Align by socket: true",
                                        "topoDualSocketMultiNumaPerSocketHT",
                                        1,
                                        null,
                                        "",
                                        "0,2,11,21-22",
                                        "fakeContainer2",
                                        "2000m",
                                        "2000m",
                                        NumaMask.of(0, 2),
                                        "2,11"),
                                Map.of("align-by-socket", "true")),
                        withOptions(
                                add(
                                        "Align by socket: false",
                                        "topoDualSocketMultiNumaPerSocketHT",
                                        1,
                                        null,
                                        "",
                                        "0,2,11,21-22",
                                        "fakeContainer2",
                                        "2000m",
                                        "2000m",
                                        NumaMask.of(0, 2),
                                        "2,21"),
                                Map.of("align-by-socket", "false")),
                        withOptions(
                                add(
                                        "resv list: GuPodSingleCore, SingleSocketHT, ExpectError",
                                        SINGLE_HT,
                                        1,
                                        "0",
                                        "",
                                        "0-7",
                                        "fakeContainer2",
                                        "8000m",
                                        "8000m",
                                        null,
                                        "UnexpectedAdmissionError:Allocate failed due to not enough"
                                            + " cpus available to satisfy request: requested=8,"
                                            + " available=7, which is unexpected"),
                                Map.of()),
                        withOptions(
                                add(
                                        "resv list: GuPodSingleCore, SingleSocketHT,"
                                            + " ExpectAllocOneCPU",
                                        SINGLE_HT,
                                        2,
                                        "0-1",
                                        "",
                                        "0-7",
                                        "fakeContainer2",
                                        "1000m",
                                        "1000m",
                                        null,
                                        "4"),
                                Map.of()),
                        withOptions(
                                add(
                                        "resv list: GuPodMultipleCores, SingleSocketHT,"
                                            + " ExpectAllocOneCore",
                                        SINGLE_HT,
                                        2,
                                        "0-1",
                                        "fakePod/fakeContainer100=2-3,6-7",
                                        "0-1,4-5",
                                        "fakeContainer3",
                                        "2000m",
                                        "2000m",
                                        null,
                                        "4-5"),
                                Map.of()));
        return Stream.concat(both, others);
    }

    private static Arguments add(
            String name,
            String topo,
            int numReserved,
            String reserved,
            String assignments,
            String defaultSet,
            String container,
            String request,
            String limit,
            NumaMask hint,
            String want) {
        return Arguments.of(
                name,
                topo,
                numReserved,
                reserved,
                assignments,
                defaultSet,
                container,
                request,
                limit,
                hint,
                want,
                Map.of());
    }

    private static Arguments withOptions(Arguments a, Map<String, String> options) {
        Object[] v = a.get().clone();
        v[0] = "options=" + options + " " + v[0];
        v[11] = options;
        return Arguments.of(v);
    }

    /** want: the exclusive set, "none" (shared pool), or "Reason:message". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("add")
    void add(
            String name,
            String topo,
            int numReserved,
            String reserved,
            String assignments,
            String defaultSet,
            String container,
            String request,
            String limit,
            NumaMask hint,
            String want,
            Map<String, String> options)
            throws KubeletStartError {
        StaticPolicy p = PolicyFixtures.staticPolicy(topo, numReserved, reserved, options);
        CpuManagerState s = PolicyFixtures.state(defaultSet, assignments);
        Pod pod = PolicyFixtures.makePod("fakePod", container, request, limit);
        Container c = pod.containers().get(0);
        TopologyHint affinity = new TopologyHint(hint, hint != null);
        if (want.contains(":")) {
            AdmissionError e =
                    assertThrows(
                            AdmissionError.class,
                            () -> p.allocate(s, pod, c, affinity, new Trace()));
            assertEquals(want, e.reason() + ":" + e.getMessage());
            assertNull(s.cpuSet("fakePod", container));
            return;
        }
        try {
            p.allocate(s, pod, c, affinity, new Trace());
        } catch (AdmissionError e) {
            throw new AssertionError("unexpected " + e.reason() + ": " + e.getMessage(), e);
        }
        if ("none".equals(want)) {
            assertNull(s.cpuSet("fakePod", container));
            return;
        }
        CpuSet got = s.cpuSet("fakePod", container);
        assertEquals(CpuSet.parse(want), got);
        assertFalse(got.intersects(s.defaultCpuSet()), "allocated CPUs left the shared pool");
    }

    static Stream<Arguments> remove() {
        return Stream.of(
                Arguments.of(
                        "DeAllocOneContainer",
                        "fakePod/fakeContainer1=1-3",
                        "4-7",
                        "fakeContainer1",
                        "1-7"),
                Arguments.of(
                        "DeAllocOneContainer, BeginEmpty",
                        "fakePod/fakeContainer1=1-3;fakePod/fakeContainer2=4-7",
                        "",
                        "fakeContainer1",
                        "1-3"),
                Arguments.of(
                        "DeAllocTwoContainer",
                        "fakePod/fakeContainer1=1,3,5;fakePod/fakeContainer2=2,4",
                        "6-7",
                        "fakeContainer1",
                        "1,3,5-7"),
                Arguments.of(
                        "NoDeAlloc",
                        "fakePod/fakeContainer1=1,3,5",
                        "2,4,6-7",
                        "fakeContainer2",
                        "2,4,6-7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remove")
    void remove(String name, String assignments, String defaultSet, String container, String want)
            throws KubeletStartError {
        StaticPolicy p = PolicyFixtures.staticPolicy(SINGLE_HT, 0, null, Map.of());
        CpuManagerState s = PolicyFixtures.state(defaultSet, assignments);
        p.removeContainer(s, "fakePod", container, new Trace());
        assertEquals(CpuSet.parse(want), s.defaultCpuSet());
        assertNull(s.cpuSet("fakePod", container));
    }

    @Test
    void reusesCpusOfAFinishedInitContainer() throws Exception {
        StaticPolicy p = PolicyFixtures.staticPolicy(SINGLE_HT, 0, null, Map.of());
        CpuManagerState s = PolicyFixtures.state("0-7", "");
        Pod pod =
                PolicyFixtures.multiContainerPod(
                        List.<String[]>of(new String[] {"4000m", "4000m"}),
                        List.<String[]>of(new String[] {"2000m", "2000m"}),
                        false);
        for (Container c : pod.allContainers()) {
            p.allocate(s, pod, c, TopologyHint.ZERO, new Trace());
        }
        assertEquals(CpuSet.parse("0-1,4-5"), s.cpuSet("podUID", "initContainer-0"));
        assertEquals(CpuSet.parse("0,4"), s.cpuSet("podUID", "appContainer-0"));
        assertEquals(CpuSet.parse("2-3,6-7"), s.defaultCpuSet());
        p.removeContainer(s, "podUID", "initContainer-0", new Trace());
        assertEquals(CpuSet.parse("1-3,5-7"), s.defaultCpuSet());
    }

    @Test
    void neverReusesCpusOfASidecar() throws Exception {
        StaticPolicy p = PolicyFixtures.staticPolicy(SINGLE_HT, 0, null, Map.of());
        CpuManagerState s = PolicyFixtures.state("0-7", "");
        Pod pod =
                PolicyFixtures.multiContainerPod(
                        List.<String[]>of(new String[] {"4000m", "4000m"}),
                        List.<String[]>of(new String[] {"2000m", "2000m"}),
                        true);
        for (Container c : pod.allContainers()) {
            p.allocate(s, pod, c, TopologyHint.ZERO, new Trace());
        }
        assertEquals(CpuSet.parse("2,6"), s.cpuSet("podUID", "appContainer-0"));
        assertEquals(CpuSet.parse("3,7"), s.defaultCpuSet());
    }

    static Stream<Arguments> topologyAware() {
        return Stream.of(
                Arguments.of("Request 2 CPUs, No BitMask", 2, null, "0,6"),
                Arguments.of("Request 2 CPUs, BitMask on Socket 0", 2, NumaMask.of(0), "0,6"),
                Arguments.of("Request 2 CPUs, BitMask on Socket 1", 2, NumaMask.of(1), "1,7"),
                Arguments.of(
                        "Request 8 CPUs, BitMask on Socket 0",
                        8,
                        NumaMask.of(0),
                        "0,6,2,8,4,10,1,7"),
                Arguments.of(
                        "Request 8 CPUs, BitMask on Socket 1",
                        8,
                        NumaMask.of(1),
                        "1,7,3,9,5,11,0,6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologyAware")
    void topologyAwareAllocateCpus(String name, int count, NumaMask mask, String want)
            throws Exception {
        StaticPolicy p = PolicyFixtures.staticPolicy(DUAL_HT, 0, null, Map.of());
        CpuManagerState s = PolicyFixtures.state("0-11", "");
        p.start(s, new Trace());
        CpuSet got = p.allocateCpus(s, count, mask, CpuSet.empty(), new Trace());
        assertEquals(CpuSet.parse(want), got);
        assertTrue(s.defaultCpuSet().equals(CpuSet.parse("0-11").difference(got)));
    }
}
