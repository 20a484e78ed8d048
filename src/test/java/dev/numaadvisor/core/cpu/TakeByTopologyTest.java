package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numaadvisor.core.model.CpuSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/**
 * The kubelet's allocator test tables ({@code cpu_assignment_test.go}: common cases,
 * TestTakeByTopologyNUMAPacked, TestTakeByTopologyWithSpreadPhysicalCPUsPreferredOption,
 * TestTakeByTopologyNUMADistributed) run directly against our allocator. An expectation that starts
 * with "error:" is the kubelet's error text.
 */
class TakeByTopologyTest {
    private static final String SINGLE_HT = "topoSingleSocketHT";
    private static final String DUAL_HT = "topoDualSocketHT";
    private static final String DUAL_NO_HT = "topoDualSocketNoHT";
    private static final String MULTI_NUMA = "topoDualSocketMultiNumaPerSocketHT";
    private static final String MULTI_NUMA_LARGE = "topoDualSocketMultiNumaPerSocketHTLarge";
    private static final String QUAD = "topoQuadSocketFourWayHT";

    static Stream<Arguments> common() {
        return Stream.of(
                Arguments.of(
                        "take more cpus than are available from single socket with HT",
                        SINGLE_HT,
                        "0,2,4,6",
                        5,
                        "error:not enough cpus available to satisfy request: requested=5,"
                            + " available=4"),
                Arguments.of("take zero cpus from single socket with HT", SINGLE_HT, "0-7", 0, ""),
                Arguments.of("take one cpu from single socket with HT", SINGLE_HT, "0-7", 1, "0"),
                Arguments.of(
                        "take one cpu from single socket with HT, some cpus are taken",
                        SINGLE_HT,
                        "1,3,5,6,7",
                        1,
                        "6"),
                Arguments.of(
                        "take two cpus from single socket with HT", SINGLE_HT, "0-7", 2, "0,4"),
                Arguments.of(
                        "take all cpus from single socket with HT", SINGLE_HT, "0-7", 8, "0-7"),
                Arguments.of(
                        "take two cpus from single socket with HT, only one core totally free",
                        SINGLE_HT,
                        "0-3,6",
                        2,
                        "2,6"),
                Arguments.of(
                        "take a socket of cpus from dual socket with HT",
                        DUAL_HT,
                        "0-11",
                        6,
                        "0,2,4,6,8,10"),
                Arguments.of(
                        "take a socket of cpus from dual socket with multi-numa-per-socket with HT",
                        MULTI_NUMA,
                        "0-79",
                        40,
                        "0-19,40-59"),
                Arguments.of(
                        "take a NUMA node of cpus from dual socket with multi-numa-per-socket with"
                            + " HT",
                        MULTI_NUMA,
                        "0-79",
                        20,
                        "0-9,40-49"),
                Arguments.of(
                        "take a NUMA node ... with 1 NUMA node already taken",
                        MULTI_NUMA,
                        "10-39,50-79",
                        20,
                        "10-19,50-59"),
                Arguments.of(
                        "take a socket and a NUMA node of cpus from dual socket with"
                            + " multi-numa-per-socket with HT",
                        MULTI_NUMA,
                        "0-79",
                        60,
                        "0-29,40-69"),
                Arguments.of(
                        "take a socket and a NUMA node ..., a core taken",
                        MULTI_NUMA,
                        "1-39,41-79",
                        60,
                        "10-39,50-79"));
    }

    static Stream<Arguments> packed() {
        return Stream.concat(
                common().map(
                                a ->
                                        Arguments.of(
                                                a.get()[0],
                                                a.get()[1],
                                                false,
                                                a.get()[2],
                                                a.get()[3],
                                                a.get()[4])),
                Stream.of(
                        Arguments.of(
                                "take one cpu from dual socket with HT - core from Socket 0",
                                DUAL_HT,
                                false,
                                "1-5,7-11",
                                1,
                                "2"),
                        Arguments.of(
                                "allocate 4 full cores with 3 from the first NUMA node and 1 from"
                                    + " the second",
                                DUAL_HT,
                                false,
                                "0-11",
                                8,
                                "0,6,2,8,4,10,1,7"),
                        Arguments.of(
                                "allocate 32 full cores with 30 from the first 3 NUMA nodes and 2"
                                    + " from the fourth",
                                MULTI_NUMA,
                                false,
                                "0-79",
                                64,
                                "0-29,40-69,30,31,70,71"),
                        Arguments.of(
                                "take cpus from two full UncoreCaches and partial from a single"
                                    + " UncoreCache",
                                "topoUncoreSingleSocketNoSMT",
                                true,
                                "1-15",
                                10,
                                "1,2,4-11"),
                        Arguments.of(
                                "take one cpu from dual socket with HT - core from Socket 0"
                                    + " (uncore)",
                                DUAL_HT + "/uncore0",
                                true,
                                "1-5,7-11",
                                1,
                                "1"),
                        Arguments.of(
                                "take first available UncoreCache from first socket",
                                "topoUncoreDualSocketNoSMT",
                                true,
                                "0-15",
                                4,
                                "0-3"),
                        Arguments.of(
                                "take all available UncoreCache from first socket",
                                "topoUncoreDualSocketNoSMT",
                                true,
                                "2-15",
                                6,
                                "2-7"),
                        Arguments.of(
                                "take first available UncoreCache from second socket",
                                "topoUncoreDualSocketNoSMT",
                                true,
                                "8-15",
                                4,
                                "8-11"),
                        Arguments.of(
                                "take first available UncoreCache from available NUMA",
                                "topoUncoreSingleSocketMultiNuma",
                                true,
                                "3,4-8,12",
                                2,
                                "4,5"),
                        Arguments.of(
                                "take cpus from best available UncoreCache group - SMT enabled",
                                "topoUncoreSingleSocketSMT",
                                true,
                                "2-3,10-11,4-7,12-15",
                                6,
                                "4-6,12-14"),
                        Arguments.of(
                                "take cpus from multiple UncoreCache of single socket - SMT"
                                    + " enabled",
                                "topoUncoreSingleSocketSMT",
                                true,
                                "1-7,9-15",
                                10,
                                "4-7,12-15,1,9")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packed")
    void takeByTopologyNumaPacked(
            String name, String topo, boolean uncore, String available, int count, String want)
            throws CpuAssignmentError {
        check(
                want,
                () ->
                        CpuAssignment.takeByTopologyNumaPacked(
                                        KubeletFixtures.get(topo),
                                        CpuSet.parse(available),
                                        count,
                                        CpuSortingStrategy.PACKED,
                                        uncore)
                                .cpus());
    }

    static Stream<Arguments> spread() {
        return Stream.of(
                Arguments.of("single socket with HT, 3 cpus", SINGLE_HT, "0-7", 3, "0-2"),
                Arguments.of("dual socket with HT, 2 cpus", DUAL_HT, "0-11", 2, "0,2"),
                Arguments.of("dual socket with HT, 3 cpus", DUAL_HT, "0-11", 3, "0,2,4"),
                Arguments.of("dual socket with HT, 6 cpus", DUAL_HT, "0-11", 6, "0,2,4,6,8,10"),
                Arguments.of("dual socket with HT, 8 cpus", DUAL_HT, "0-11", 8, "0,2,4,6,8,10,1,3"),
                Arguments.of("dual socket without HT, 2 cpus", DUAL_NO_HT, "0-7", 2, "0,1"),
                Arguments.of(
                        "dual socket with multi numa per socket and HT, 8 cpus",
                        MULTI_NUMA,
                        "0-79",
                        8,
                        "0-7"),
                Arguments.of(
                        "quad socket four way with HT, 12 cpus",
                        QUAD,
                        "0-287",
                        12,
                        "0-2,9-10,13-14,21-22,25-26,33"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spread")
    void spreadAcrossCores(String name, String topo, String available, int count, String want)
            throws CpuAssignmentError {
        check(
                want,
                () ->
                        CpuAssignment.takeByTopologyNumaPacked(
                                        KubeletFixtures.get(topo),
                                        CpuSet.parse(available),
                                        count,
                                        CpuSortingStrategy.SPREAD,
                                        false)
                                .cpus());
    }

    static Stream<Arguments> distributed() {
        Stream<Arguments> common =
                common().map(
                                a ->
                                        Arguments.of(
                                                a.get()[0],
                                                a.get()[1],
                                                a.get()[2],
                                                a.get()[3],
                                                1,
                                                a.get()[4]));
        return Stream.concat(
                common,
                Stream.of(
                        Arguments.of(
                                "allocate 4 full cores with 2 distributed across each NUMA node",
                                DUAL_HT,
                                "0-11",
                                8,
                                1,
                                "0,6,2,8,1,7,3,9"),
                        Arguments.of(
                                "allocate 32 full cores with 8 distributed across each NUMA node",
                                MULTI_NUMA,
                                "0-79",
                                64,
                                1,
                                "0-7,10-17,20-27,30-37,40-47,50-57,60-67,70-77"),
                        Arguments.of(
                                "allocate 24 full cores with 8 distributed across the first 3 NUMA"
                                    + " nodes",
                                MULTI_NUMA,
                                "0-79",
                                48,
                                1,
                                "0-7,10-17,20-27,40-47,50-57,60-67"),
                        Arguments.of(
                                "24 full cores across the first 3 NUMA nodes (all but 2 from the"
                                    + " first)",
                                MULTI_NUMA,
                                "1-29,32-39,41-69,72-79",
                                48,
                                1,
                                "1-8,10-17,20-27,41-48,50-57,60-67"),
                        Arguments.of(
                                "24 full cores across the last 3 NUMA nodes",
                                MULTI_NUMA,
                                "2-29,31-39,42-69,71-79",
                                48,
                                1,
                                "10-17,20-27,31-38,50-57,60-67,71-78"),
                        Arguments.of(
                                "allocate 8 full cores with 2 distributed across each NUMA node",
                                MULTI_NUMA,
                                "0-2,10-12,20-22,30-32,40-41,50-51,60-61,70-71",
                                16,
                                1,
                                "0-1,10-11,20-21,30-31,40-41,50-51,60-61,70-71"),
                        Arguments.of(
                                "take one cpu from dual socket with HT - core from Socket 0",
                                DUAL_HT,
                                "1-5,7-11",
                                1,
                                1,
                                "1"),
                        Arguments.of(
                                "take one cpu from dual socket with HT - core from Socket 0 -"
                                    + " cpuGroupSize 2",
                                DUAL_HT,
                                "1-5,7-11",
                                1,
                                2,
                                "2"),
                        Arguments.of(
                                "allocate 13 full cores distributed across the first 2 NUMA nodes",
                                MULTI_NUMA,
                                "0-79",
                                26,
                                1,
                                "0-6,10-16,40-45,50-55"),
                        Arguments.of(
                                "13 full cores across the first 2 NUMA nodes (cpuGroupSize 2)",
                                MULTI_NUMA,
                                "0-79",
                                26,
                                2,
                                "0-6,10-15,40-46,50-55"),
                        Arguments.of(
                                "31 cores, 15 per NUMA node, 1 spilling to NUMA 0, 1",
                                MULTI_NUMA,
                                "0-79",
                                62,
                                1,
                                "0-7,10-17,20-27,30-37,40-47,50-57,60-66,70-76"),
                        Arguments.of(
                                "31 cores, 14 per NUMA node, 2 spilling to NUMA 0, 1, 2"
                                    + " (cpuGroupSize 2)",
                                MULTI_NUMA,
                                "0-79",
                                62,
                                2,
                                "0-7,10-17,20-27,30-36,40-47,50-57,60-67,70-76"),
                        Arguments.of(
                                "31 cores, 1 CPU spilling to NUMA 2, 3 (to keep balance)",
                                MULTI_NUMA,
                                "0-8,10-18,20-39,40-48,50-58,60-79",
                                62,
                                1,
                                "0-7,10-17,20-27,30-37,40-46,50-56,60-67,70-77"),
                        Arguments.of(
                                "31 cores, 2 CPUs spilling to NUMA 0, 2, 3 (cpuGroupSize 2)",
                                MULTI_NUMA,
                                "0-8,10-18,20-39,40-48,50-58,60-79",
                                62,
                                2,
                                "0-7,10-16,20-27,30-37,40-47,50-56,60-67,70-77"),
                        Arguments.of(
                                "ensure bestRemainder chosen with NUMA nodes that have enough CPUs",
                                MULTI_NUMA,
                                "0-3,10-13,20-23,30-36,40-43,50-53,60-63,70-76",
                                34,
                                1,
                                "0-3,10-13,20-23,30-34,40-43,50-53,60-63,70-74"),
                        Arguments.of(
                                "ensure previous failure encountered on live machine has been fixed"
                                    + " (1/1)",
                                MULTI_NUMA_LARGE,
                                "0,128,30,31,158,159,43-47,171-175,62,63,190,191,75-79,203-207,94,96,222,223,101-111,229-239,126,127,254,255",
                                28,
                                1,
                                "43-47,75-79,96,101-105,171-174,203-206,229-232")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributed")
    void takeByTopologyNumaDistributed(
            String name, String topo, String available, int count, int groupSize, String want)
            throws CpuAssignmentError {
        check(
                want,
                () ->
                        NumaDistributedAssignment.take(
                                        KubeletFixtures.get(topo),
                                        CpuSet.parse(available),
                                        count,
                                        groupSize,
                                        CpuSortingStrategy.PACKED,
                                        false)
                                .cpus());
    }

    /** The accumulator's hand-out orders ({@code TestCPUAccumulatorFreeCores/FreeCPUs}). */
    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of(SINGLE_HT, "0-7", "cores", List.of(0, 1, 2, 3)),
                Arguments.of(SINGLE_HT, "0-3,4-6", "cores", List.of(0, 1, 2)),
                Arguments.of(SINGLE_HT, "0-3", "cores", List.of()),
                Arguments.of(DUAL_HT, "0-11", "cores", List.of(0, 2, 4, 1, 3, 5)),
                Arguments.of(DUAL_HT, "1-5,7-11", "cores", List.of(2, 4, 1, 3, 5)),
                Arguments.of(DUAL_HT, "2-5,8-11", "cores", List.of(2, 4, 3, 5)),
                Arguments.of(SINGLE_HT, "0-7", "cpus", List.of(0, 4, 1, 5, 2, 6, 3, 7)),
                Arguments.of(SINGLE_HT, "3-7", "cpus", List.of(4, 5, 6, 3, 7)),
                Arguments.of(
                        DUAL_HT, "0-11", "cpus", List.of(0, 6, 2, 8, 4, 10, 1, 7, 3, 9, 5, 11)),
                Arguments.of(DUAL_HT, "1-11", "cpus", List.of(6, 2, 8, 4, 10, 1, 7, 3, 9, 5, 11)),
                Arguments.of(DUAL_HT, "1-5,7-11", "cpus", List.of(2, 8, 4, 10, 1, 7, 3, 9, 5, 11)),
                Arguments.of(MULTI_NUMA, "1-79", "numas", List.of(1, 2, 3)),
                Arguments.of(MULTI_NUMA, "1-9,11-79", "numas", List.of(2, 3)),
                Arguments.of(MULTI_NUMA, "1-79", "sockets", List.of(1)),
                Arguments.of(MULTI_NUMA, "1-59,61-79", "numas", List.of(1, 3)));
    }

    @ParameterizedTest(name = "{0} free {1}: {2}")
    @MethodSource("orders")
    void accumulatorOrders(String topo, String available, String what, List<Integer> want) {
        CpuAccumulator acc =
                new CpuAccumulator(
                        KubeletFixtures.get(topo),
                        CpuSet.parse(available),
                        0,
                        CpuSortingStrategy.PACKED);
        List<Integer> got =
                switch (what) {
                    case "cores" -> acc.freeCores();
                    case "cpus" -> acc.sortAvailableCpus();
                    case "numas" -> acc.freeNumaNodes();
                    default -> acc.freeSockets();
                };
        assertEquals(want, got);
    }

    interface Take {
        CpuSet run() throws CpuAssignmentError;
    }

    static void check(String want, Take take) throws CpuAssignmentError {
        if (want.startsWith("error:")) {
            CpuAssignmentError e = assertThrows(CpuAssignmentError.class, take::run);
            assertEquals(want.substring("error:".length()), e.getMessage());
            return;
        }
        assertEquals(CpuSet.parse(want), take.run());
    }
}
