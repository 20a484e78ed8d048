package dev.numaadvisor.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.adapter.fleet.FleetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tiny pool worked by hand. One node, NUMA 0 = CPUs 0-3 (0 reserved: 3 free), NUMA 1 = CPUs
 * 4-7 (4 free); the scheduler sees 7 CPUs. Pods arrive two-a (2), two-b (2), three (3).
 * none: 2 + 2 + 3 = 7 fit the totals and the static CPU Manager takes them from anywhere: all 3.
 * single-numa-node: two-a's hints {0} and {1} are both preferred, the narrower-then-lower mask
 * {0} wins (1 CPU left there); two-b only fits {1} (2 left); three needs 3 CPUs on one node but
 * NUMA 0 has 1 and NUMA 1 has 2: TopologyAffinityError. The scheduler still sees 3 free CPUs, so
 * the re-created pod is placed on the same node next step and rejected again (retryLimit 1).
 */
class FleetRunnerTest {
    private static FleetSpec tiny() throws IOException {
        Path p = Path.of("src/test/resources/fleet/tiny.yaml");
        return FleetReader.read(p.toString(), Files.readString(p));
    }

    @Test
    void tinyPoolMatchesTheHandComputedOutcome() throws IOException {
        FleetReport r = FleetRunner.run(tiny(), FleetProgress.NONE);
        ConfigOutcome none = r.outcomes().get(0);
        ConfigOutcome snn = r.outcomes().get(1);
        assertEquals(3, none.admitted());
        assertEquals(0, none.kubeletRejections());
        assertEquals(7000, none.admittedCpuMillis());
        assertEquals(0.0, none.capacityLostPercent());

        assertEquals(2, snn.admitted());
        assertEquals(1, snn.rejected());
        assertEquals(2, snn.topologyAffinityErrors());
        assertEquals(Map.of("TopologyAffinityError", 2), snn.rejectionsByReason());
        assertEquals(0, snn.admittedCrossNuma());
        assertEquals(4000, snn.admittedCpuMillis());
        assertEquals(300.0 / 7, snn.capacityLostPercent(), 1e-9);
        ShapeOutcome three = snn.shapes().get(2);
        assertEquals(new ShapeOutcome("three", "3 CPU, 1Gi", 1, 0, 1, 2, 1), three);
        // Left free: 1 CPU on NUMA 0 and 2 on NUMA 1. The smallest pinned shape is 2 CPUs: NUMA 1
        // could still hold one, so only NUMA 0's single CPU is stranded.
        assertEquals(1, snn.strandedCpus());
        assertEquals(new NumaStranding(0, 1, 1, snn.stranding().get(0).freeMemoryBytes(),
                snn.stranding().get(0).freeMemoryBytes()), snn.stranding().get(0));
    }

    @Test
    void sameSeedSameOutcomeDifferentSeedDifferentArrivals() throws IOException {
        FleetSpec spec = FleetReader.read("churn.yaml", churnYaml(7));
        assertEquals(FleetRunner.run(spec, FleetProgress.NONE), FleetRunner.run(spec, FleetProgress.NONE));
        FleetSpec other = FleetReader.read("churn.yaml", churnYaml(8));
        assertEquals(false, ArrivalSchedule.draw(spec).equals(ArrivalSchedule.draw(other)));
    }

    static String churnYaml(long seed) {
        return "apiVersion: numa-advisor/v1\nkind: Fleet\nname: churn\nseed: " + seed + "\n"
                + "pool:\n  fragmentation: 30%\n  nodes:\n    - name: n\n      count: 5\n"
                + "      topology: {sockets: 2, coresPerSocket: 8, threadsPerCore: 2, memoryPerNumaNode: 64Gi}\n"
                + "workload:\n  steps: 30\n  pods:\n"
                + "    - name: p\n      arrivalsPerStep: 3\n      lifetimeSteps: 5\n"
                + "      containers: [{name: c, resources: {cpu: \"6\", memory: 4Gi}}]\n"
                + "kubeletConfig: {cpuManagerPolicy: static, reservedSystemCPUs: \"0\"}\n"
                + "configs:\n  - {name: none, topologyManagerPolicy: none}\n"
                + "  - {name: snn, topologyManagerPolicy: single-numa-node}\n";
    }
}
