package dev.numaadvisor.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.config.KubeletConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NodeResourceTopologyMatch filter model on {@link TwoNumaNode}: NUMA 0 has 3 allocatable
 * CPUs, NUMA 1 has 4, each 8Gi, one GPU on NUMA 1.
 */
class NumaFilterTest {
    private static final long GI = 1L << 30;

    private static FleetNode node() throws Exception {
        return TwoNumaNode.addTo(new Pool(1, TwoNumaNode.EXTENDED.size()));
    }

    /** App containers of {cpus, gpus} each with 1Gi; the pod-level demand is their sum. */
    private static PodDemand pod(boolean guaranteed, int[]... containers) {
        List<ContainerNeed> apps = new ArrayList<>();
        long cpus = 0;
        long gpus = 0;
        for (int[] c : containers) {
            apps.add(new ContainerNeed(c[0] * 1000L, GI, new long[] {c[1]}));
            cpus += c[0];
            gpus += c[1];
        }
        return new PodDemand(PodDemand.request(cpus * 1000, GI * containers.length, List.of("example.com/gpu"),
                new long[] {gpus}), new long[] {gpus},
                guaranteed ? (int) cpus : 0, guaranteed, List.of(), apps);
    }

    static Stream<Arguments> cases() {
        // pod -> passes the pod-scope filter, passes the container-scope filter
        return Stream.of(
                Arguments.of("3 + 3 CPUs: one per NUMA node", pod(true, new int[] {3, 0}, new int[] {3, 0}),
                        false, true),
                Arguments.of("4 + 3 CPUs: the 4 goes to NUMA 1", pod(true, new int[] {4, 0}, new int[] {3, 0}),
                        false, true),
                Arguments.of("2 + 2 + 2 CPUs: NUMA 0, then NUMA 1 twice",
                        pod(true, new int[] {2, 0}, new int[] {2, 0}, new int[] {2, 0}), false, true),
                Arguments.of("3 + 3 + 2 CPUs: no room left for the third",
                        pod(true, new int[] {3, 0}, new int[] {3, 0}, new int[] {2, 0}), false, false),
                Arguments.of("4 CPUs and the GPU: NUMA 1", pod(true, new int[] {4, 1}), true, true),
                Arguments.of("2 CPUs + the GPU, then 3 CPUs", pod(true, new int[] {2, 1}, new int[] {3, 0}), false,
                        true),
                Arguments.of("4 CPUs + the GPU, then 4 CPUs", pod(true, new int[] {4, 1}, new int[] {4, 0}), false,
                        false),
                Arguments.of("Burstable: cpu and memory are not judged per NUMA node",
                        pod(false, new int[] {20, 0}), true, true),
                Arguments.of("Burstable: devices still are", pod(false, new int[] {1, 2}), false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void podAndContainerScope(String what, PodDemand pod, boolean podScope, boolean containerScope)
            throws Exception {
        FleetNode n = node();
        assertEquals(podScope, NumaFilter.POD.passes(n, pod), "scope pod");
        assertEquals(containerScope, NumaFilter.CONTAINER.passes(n, pod), "scope container");
        assertEquals(true, NumaFilter.NONE.passes(n, pod));
    }

    @Test
    void filtersOnlySingleNumaNodeNodes() throws Exception {
        KubeletConfig base = TwoNumaNode.spec().configs().get(0).config();
        assertEquals(NumaFilter.CONTAINER, NumaFilter.of(true, base));
        assertEquals(NumaFilter.POD, NumaFilter.of(true, base.withTopologyManagerScope("pod")));
        assertEquals(NumaFilter.NONE, NumaFilter.of(false, base));
        assertEquals(NumaFilter.NONE, NumaFilter.of(true, base.withTopologyManagerPolicy("restricted")));
        assertEquals(NumaFilter.NONE, NumaFilter.of(true, base.withTopologyManagerPolicy("best-effort")));
    }
}
