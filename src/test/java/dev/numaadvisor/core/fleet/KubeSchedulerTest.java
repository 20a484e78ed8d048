package dev.numaadvisor.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.pod.Pod;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scheduler model's filters and scores, on one 2-NUMA node (3 + 4 allocatable CPUs, 1 GPU on NUMA 1). */
class KubeSchedulerTest {
    static Stream<Arguments> cases() {
        // cpu millis, memory bytes, gpus, exclusive CPUs -> fits totals, fits one NUMA node
        return Stream.of(
                Arguments.of(7000, 1L << 30, 0, 7, true, false),   // 7 CPUs: totals yes, no NUMA node has 7
                Arguments.of(4000, 1L << 30, 0, 4, true, true),    // NUMA 1 holds 4
                Arguments.of(8000, 1L << 30, 0, 8, false, false),  // over allocatable (CPU 0 reserved)
                Arguments.of(4000, 1L << 30, 1, 4, true, true),    // GPU and 4 CPUs both on NUMA 1
                Arguments.of(3000, 9L << 30, 0, 3, true, false),   // 9Gi: fits 16Gi total, no 8Gi node holds it
                Arguments.of(1000, 1L << 30, 2, 1, false, false)); // 2 GPUs: node has 1
    }

    @ParameterizedTest
    @MethodSource("cases")
    void filters(long cpuMillis, long memoryBytes, int gpus, int exclusive, boolean fits, boolean oneNuma)
            throws Exception {
        FleetSpec spec = TwoNumaNode.spec();
        List<String> ext = TwoNumaNode.EXTENDED;
        Pool pool = new Pool(1, ext.size());
        FleetNode n = TwoNumaNode.addTo(pool);
        PodDemand d = new PodDemand(cpuMillis, memoryBytes, ext, new long[] {gpus}, exclusive);
        assertEquals(fits, n.fits(d), "NodeResourcesFit");
        assertEquals(oneNuma, NumaFilter.POD.passes(n, d), "single NUMA node");
        int expected = fits && oneNuma ? 0 : -1;
        assertEquals(fits ? 0 : -1, new KubeScheduler(Scoring.LEAST_ALLOCATED, NumaFilter.NONE, 0).pick(pool, d));
        assertEquals(expected, new KubeScheduler(Scoring.LEAST_ALLOCATED, NumaFilter.POD, 0).pick(pool, d));
    }

    @ParameterizedTest
    @MethodSource("scorings")
    void scoringPicksTheEmptierOrTheFullerNode(Scoring scoring, int expected) throws Exception {
        FleetSpec spec = TwoNumaNode.spec();
        List<String> ext = TwoNumaNode.EXTENDED;
        Pool pool = new Pool(1, ext.size()); // grows to two
        FleetNode busy = TwoNumaNode.addTo(pool);
        TwoNumaNode.addTo(pool);
        Pod pod = spec.templates().get(0).pod();
        busy.admit(new Pod("x", "d", "x", List.of(), pod.containers()), PodDemand.of(pod, ext), ext);
        PodDemand d = PodDemand.of(pod, ext);
        assertEquals(expected, new KubeScheduler(scoring, NumaFilter.NONE, 0).pick(pool, d));
    }

    static Stream<Arguments> scorings() {
        return Stream.of(Arguments.of(Scoring.LEAST_ALLOCATED, 1), Arguments.of(Scoring.MOST_ALLOCATED, 0));
    }

    static Stream<Arguments> feasibleCounts() {
        // percentageOfNodesToScore, nodes -> feasible nodes that end the search (numFeasibleNodesToFind)
        return Stream.of(
                Arguments.of(0, 50, 50),      // under 100 nodes: every node
                Arguments.of(0, 99, 99),
                Arguments.of(0, 100, 100),    // adaptive 50% = 50, raised to the floor of 100
                Arguments.of(0, 1000, 420),   // adaptive 50 - 1000/125 = 42%
                Arguments.of(0, 5000, 500),   // 10%
                Arguments.of(0, 6000, 300),   // 50 - 48 = 2%, raised to the 5% minimum
                Arguments.of(30, 1000, 300),
                Arguments.of(5, 1000, 100),   // 50, raised to the floor
                Arguments.of(100, 1000, 1000),
                Arguments.of(150, 1000, 1000)); // over 100 acts as 100
    }

    @ParameterizedTest
    @MethodSource("feasibleCounts")
    void searchStopsAfterKubeSchedulersNumberOfFeasibleNodes(int percentage, int nodes, int expected) {
        assertEquals(expected, KubeScheduler.feasibleNodesToFind(percentage, nodes));
    }

    @org.junit.jupiter.api.Test
    void nextSearchStartsAfterTheNodesTheLastOneLookedAt() throws Exception {
        FleetSpec spec = TwoNumaNode.spec();
        List<String> ext = TwoNumaNode.EXTENDED;
        Pool pool = new Pool(200, ext.size());
        for (int i = 0; i < 200; i++) {
            TwoNumaNode.addTo(pool);
        }
        PodDemand d = PodDemand.of(spec.templates().get(0).pod(), ext);
        KubeScheduler scheduler = new KubeScheduler(Scoring.MOST_ALLOCATED, NumaFilter.NONE, 50);
        // 50% of 200 = 100 feasible nodes per search; all tie on an empty pool, so the first one found wins.
        assertEquals(0, scheduler.pick(pool, d));
        assertEquals(100, scheduler.pick(pool, d));
        assertEquals(0, scheduler.pick(pool, d));
        // With every node scored, the node with the pod already on it wins under MostAllocated.
        pool.get(7).admit(new Pod("x", "d", "x", List.of(), spec.templates().get(0).pod().containers()), d, ext);
        assertEquals(7, new KubeScheduler(Scoring.MOST_ALLOCATED, NumaFilter.NONE, 100).pick(pool, d));
        // Sampling from node 100 on, node 7 is never looked at.
        KubeScheduler sampled = new KubeScheduler(Scoring.MOST_ALLOCATED, NumaFilter.NONE, 50);
        sampled.pick(pool, d);
        assertEquals(100, sampled.pick(pool, d));
    }
}
