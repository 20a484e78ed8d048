package dev.numaadvisor.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Copies of a pod mix that ask for a whole pool of {@link TwoNumaNode}s (7 allocatable CPUs each). */
class PoolFillTest {
    @ParameterizedTest(name = "{0} CPU pod on {1} nodes -> {2} copies")
    @CsvSource({
        "4, 3, 6",     // 21 CPUs / 4 = 5.25 -> 6
        "7, 2, 2",     // exactly one per node
        "1, 1, 7",
        "100, 10, 10", // bigger than a node: still one copy per node
    })
    void copiesAskForEveryAllocatableCpu(int cpus, int nodes, int copies) {
        FleetSpec spec = TwoNumaNode.spec();
        Machine machine = spec.shapes().get(0).machine();
        KubeletConfig config = spec.configs().get(0).config();
        Map<String, Quantity> r = Map.of("cpu", Quantity.parse(Integer.toString(cpus)), "memory", Quantity.parse("1Gi"));
        Pod pod = new Pod("p", "d", "p", List.of(), List.of(new Container("c", r, r, false)));
        assertEquals(copies, PoolFill.copiesPerPod(machine, config, List.of(pod), nodes));
    }
}
