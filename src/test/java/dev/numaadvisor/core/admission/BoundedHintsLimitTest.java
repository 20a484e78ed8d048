package dev.numaadvisor.core.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * Where the bounded hints give up, the pod is "not simulated" (numa-advisor's own reason, never a
 * kubelet one) with a message that says what, why and how to get an answer; nothing is allocated
 * for it and the pods after it are still simulated.
 */
class BoundedHintsLimitTest {
    private static final String MACHINE = "apiVersion: numa-advisor/v1\nkind: Scenario\nnode:\n  topology:\n"
            + "    sockets: 2\n    numaNodesPerSocket: 2\n    coresPerSocket: 8\n    threadsPerCore: 2\n"
            + "    memoryPerNumaNode: 16Gi\n%s"
            + "  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n    kind: KubeletConfiguration\n"
            + "    cpuManagerPolicy: static\n    memoryManagerPolicy: Static\n"
            + "    topologyManagerPolicy: best-effort\n"
            + "    reservedSystemCPUs: \"0\"\n    systemReserved: {memory: 924Mi}\n"
            + "    evictionHard: {memory.available: 100Mi}\n"
            + "    reservedMemory: [{numaNode: 0, limits: {memory: 1Gi}}]\n"
            + "pods:\n"
            + "  - {apiVersion: v1, kind: Pod, metadata: {name: big}, spec: {containers: [{name: c, resources:"
            + " {requests: {cpu: \"12\", memory: 20Gi}, limits: {cpu: \"12\", memory: 20Gi}}}]}}\n"
            + "  - {apiVersion: v1, kind: Pod, metadata: {name: shared}, spec: {containers: [{name: c, resources:"
            + " {requests: {cpu: 500m, memory: 1Gi}}}]}}\n";

    private static SimulationResult run(String topologyExtra, HintBounds bounds) {
        SimulationInput in = ScenarioReader.read("limit.yaml", String.format(MACHINE, topologyExtra), n -> null)
                .input();
        return NodeSimulator.run(BoundedHintsScenarioProperties.withBounds(in, bounds), new Trace());
    }

    @Test
    void aSpentBudgetLeavesThePodNotSimulatedAndTheNextOneRuns() {
        SimulationResult r = run("", new HintBounds(0, 3));
        PodResult big = r.pod("big");
        assertEquals(AdmissionError.NOT_SIMULATED, big.reason());
        assertTrue(big.message().startsWith("numa-advisor stopped: "), big.message());
        assertTrue(big.message().contains("needs more than 3 search steps on this machine of 4 NUMA nodes"),
                big.message());
        assertTrue(big.message().contains("To get an answer: model fewer NUMA nodes"), big.message());
        assertEquals(null, big.containers().get(0).cpus());
        assertTrue(r.pod("shared").admitted(), "a pod with no NUMA preference needs no search");
        assertTrue(r.trace().stream().anyMatch(l -> l.startsWith("pod big: NOT SIMULATED (numa-advisor's limit,")),
                String.join("\n", r.trace()));
    }

    @Test
    void wrappedMemoryCountersAreNamedNotFollowed() {
        // Node 1's 20Gi of hugepages exceed its 16Gi of memory: the kubelet's uint64 allocatable
        // wraps, and the bounded path says so instead of guessing.
        SimulationResult bounded = run("    hugepagesPerNumaNode: {hugepages-1Gi: 20Gi}\n",
                new HintBounds(0, HintBounds.SEARCH_STEPS));
        PodResult big = bounded.pod("big");
        assertEquals(AdmissionError.NOT_SIMULATED, big.reason(), big.message());
        assertTrue(big.message().contains("is below zero as the kubelet computes it"), big.message());
        assertTrue(big.message().contains("give every NUMA node more memory than its hugepages"), big.message());
    }
}
