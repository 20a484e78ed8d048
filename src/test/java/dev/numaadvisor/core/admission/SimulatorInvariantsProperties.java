package dev.numaadvisor.core.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the node simulator on random machines, policies and pods: no CPU handed out
 * twice, reserved CPUs never exclusive, and under restricted or single-numa-node an admitted
 * container's exclusive CPUs lie inside its merged affinity.
 */
class SimulatorInvariantsProperties {
    record Case(int sockets, int numaPerSocket, int cores, int threads, String policy, String scope,
                List<Integer> podCpus) {
        String yaml() {
            StringBuilder sb = new StringBuilder("apiVersion: numa-advisor/v1\nkind: Scenario\nnode:\n"
                    + "  topology: {sockets: " + sockets + ", numaNodesPerSocket: " + numaPerSocket
                    + ", coresPerSocket: " + cores + ", threadsPerCore: " + threads + ", memoryPerNumaNode: 64Gi}\n"
                    + "  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n"
                    + "    kind: KubeletConfiguration\n    cpuManagerPolicy: static\n"
                    + "    topologyManagerPolicy: " + policy + "\n    topologyManagerScope: " + scope + "\n"
                    + "    reservedSystemCPUs: \"0\"\npods:\n");
            for (int i = 0; i < podCpus.size(); i++) {
                int cpu = podCpus.get(i);
                sb.append("  - {apiVersion: v1, kind: Pod, metadata: {name: p").append(i).append("}, spec: {containers: [")
                        .append("{name: a, resources: {requests: {cpu: \"").append(cpu).append("\", memory: 1Gi}, ")
                        .append("limits: {cpu: \"").append(cpu).append("\", memory: 1Gi}}}, ")
                        .append("{name: b, resources: {requests: {cpu: \"1\", memory: 1Gi}, ")
                        .append("limits: {cpu: \"1\", memory: 1Gi}}}]}}\n");
            }
            return sb.toString();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> sockets = Arbitraries.integers().between(1, 2);
        Arbitrary<Integer> numa = Arbitraries.of(1, 2);
        Arbitrary<Integer> cores = Arbitraries.of(2, 4, 6, 8);
        Arbitrary<Integer> threads = Arbitraries.integers().between(1, 2);
        Arbitrary<String> policy = Arbitraries.of("none", "best-effort", "restricted", "single-numa-node");
        Arbitrary<String> scope = Arbitraries.of("container", "pod");
        Arbitrary<List<Integer>> pods = Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(sockets, numa, cores, threads, policy, scope, pods).as(Case::new);
    }

    @Property(tries = 200)
    void noCpuTwiceReservedNeverExclusiveAndAlignedWhenRequired(@ForAll("cases") Case c) {
        SimulationResult r = Simulate.scenario("property.yaml", c.yaml(), n -> null).result();
        assertEquals(null, r.startError(), () -> "kubelet should start:\n" + c.yaml());
        List<CpuSet> taken = new ArrayList<>();
        for (PodResult pod : r.pods()) {
            if (!pod.admitted()) {
                continue;
            }
            for (ContainerResult ctr : pod.containers()) {
                if (!ctr.exclusiveCpus()) {
                    continue;
                }
                for (CpuSet other : taken) {
                    assertFalse(other.intersects(ctr.cpus()), () -> "CPU given twice: " + ctr.cpus() + "\n" + c.yaml());
                }
                taken.add(ctr.cpus());
                assertFalse(ctr.cpus().contains(0), () -> "reserved CPU 0 handed out\n" + c.yaml());
                boolean strict = c.policy().equals("restricted") || c.policy().equals("single-numa-node");
                if (strict && ctr.mergedHint() != null && ctr.mergedHint().affinity() != null) {
                    CpuSet cpus = ctr.cpus();
                    int perNuma = c.cores() / c.numaPerSocket();
                    cpus.stream().forEach(cpu -> {
                        int core = cpu % (c.sockets() * c.cores());
                        int numaNode = (core / c.cores()) * c.numaPerSocket() + (core % c.cores()) / perNuma;
                        assertTrue(ctr.mergedHint().affinity().isSet(numaNode),
                                () -> "cpu " + cpu + " outside " + ctr.mergedHint() + "\n" + c.yaml());
                    });
                }
            }
        }
    }
}
