package dev.numaadvisor.core.fleet;

import dev.numaadvisor.adapter.fleet.FleetReader;
import dev.numaadvisor.core.admission.Harness;
import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.trace.Trace;
import java.util.List;

/**
 * The fleet tests' node: 2 NUMA nodes of 4 CPUs and 8Gi, CPU 0 reserved (so 3 + 4 allocatable),
 * one example.com/gpu on NUMA 1, the static CPU Manager and single-numa-node.
 */
final class TwoNumaNode {
    static final String YAML = "apiVersion: numa-advisor/v1\nkind: Fleet\n"
            + "pool:\n  nodes:\n    - name: n\n      count: 1\n"
            + "      topology: {sockets: 2, coresPerSocket: 4, threadsPerCore: 1, memoryPerNumaNode: 8Gi}\n"
            + "      devices: [{resource: example.com/gpu, id: g0, numaNode: 1}]\n"
            + "workload:\n  pods:\n"
            + "    - {name: p, count: 1, containers: [{name: c, resources: {cpu: \"1\", memory: 1Gi}}]}\n"
            + "kubeletConfig: {cpuManagerPolicy: static, reservedSystemCPUs: \"0\"}\n"
            + "configs:\n  - {name: snn, topologyManagerPolicy: single-numa-node}\n";
    static final List<String> EXTENDED = List.of("example.com/gpu");

    private TwoNumaNode() {
    }

    static FleetSpec spec() {
        return FleetReader.read("s.yaml", YAML);
    }

    /** Adds one such node, with its own started kubelet, to {@code pool}. */
    static FleetNode addTo(Pool pool) throws Exception {
        FleetSpec spec = spec();
        NodeSession s = NodeSession.start(spec.shapes().get(0).machine(), spec.configs().get(0).config(),
                spec.version(), Harness.NONE, Trace.disabled());
        NodeCapacity c = NodeCapacity.of(spec.shapes().get(0).machine(), spec.configs().get(0).config(),
                s.allocatableCpus(), EXTENDED);
        return pool.add("n-" + pool.size(), spec.shapes().get(0).machine(), c, s, EXTENDED);
    }
}
