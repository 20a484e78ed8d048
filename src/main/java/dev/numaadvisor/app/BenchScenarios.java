package dev.numaadvisor.app;

import dev.numaadvisor.adapter.fleet.FleetReader;
import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.core.admission.Harness;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.fleet.FleetConfig;
import dev.numaadvisor.core.fleet.FleetSpec;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.topology.NumaInfo;
import dev.numaadvisor.core.topology.Policy;
import dev.numaadvisor.core.topology.PolicyFactory;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workloads both the {@code bench} subcommand and the JMH suite (src/jmh/java) measure, built
 * here once so the two report the same thing.
 */
public final class BenchScenarios {
    private BenchScenarios() {
    }

    /** A fleet file for {@code nodes} nodes of 2 NUMA nodes each (2 sockets x 16 cores x 2 threads). */
    public static String fleetYaml(int nodes, int numaPerSocket, int steps, double arrivalsPerStep) {
        return "apiVersion: numa-advisor/v1\nkind: Fleet\nname: bench\nseed: 7\n"
                + "pool:\n  fragmentation: 20%\n  nodes:\n    - name: n\n      count: " + nodes + "\n"
                + "      topology: {sockets: 2, numaNodesPerSocket: " + numaPerSocket
                + ", coresPerSocket: 16, threadsPerCore: 2, memoryPerNumaNode: 128Gi}\n"
                + "workload:\n  steps: " + steps + "\n  retryLimit: 2\n  pods:\n"
                + template("small", 2, "8Gi", arrivalsPerStep * 0.4)
                + template("medium", 4, "16Gi", arrivalsPerStep * 0.4)
                + template("large", 8, "32Gi", arrivalsPerStep * 0.2)
                + "kubeletConfig: {cpuManagerPolicy: static, reservedSystemCPUs: \"0\"}\n"
                + "configs:\n  - {name: none, topologyManagerPolicy: none}\n"
                + "  - {name: best-effort, topologyManagerPolicy: best-effort}\n"
                + "  - {name: restricted, topologyManagerPolicy: restricted}\n"
                + "  - {name: single-numa-node, topologyManagerPolicy: single-numa-node}\n";
    }

    private static String template(String name, int cpus, String memory, double rate) {
        return "    - name: " + name + "\n      arrivalsPerStep: " + rate + "\n      lifetimeSteps: 10\n"
                + "      containers: [{name: c, resources: {cpu: \"" + cpus + "\", memory: " + memory + "}}]\n";
    }

    /** The 1,000 nodes x ~100,000 admissions x 4 configs comparison (100 steps of ~1,000 arrivals). */
    public static FleetSpec bigFleet() {
        return FleetReader.read("bench-fleet.yaml", fleetYaml(1000, 1, 100, 1000));
    }

    /**
     * A started single-numa-node kubelet on a machine with {@code numaNodes} NUMA nodes (2 sockets),
     * and a 4-CPU Guaranteed pod: admit then remove it to measure one admission.
     */
    public static NodeSession session(int numaNodes) {
        FleetSpec spec = FleetReader.read("bench-node.yaml", fleetYaml(1, numaNodes / 2, 0, 0).replace(
                "fragmentation: 20%", "fragmentation: 0%").replace("workload:\n  steps: 0",
                "workload:\n  steps: 0").replace("arrivalsPerStep: 0.0\n      lifetimeSteps: 10\n", "count: 1\n"));
        FleetConfig config = spec.configs().get(3);
        try {
            return NodeSession.start(spec.shapes().get(0).machine(), config.config(), KubeVersion.NEWEST,
                    Harness.NONE, Trace.disabled());
        } catch (KubeletStartError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The many-NUMA-node admission: a kubelet (best-effort, Static memory, max-allowable-numa-nodes)
     * on 2 sockets of {@code numaNodes / 2} NUMA nodes with 8 CPUs and 64Gi each, and a Guaranteed
     * 8-CPU/16Gi pod. Up to 8 NUMA nodes every hint is listed; above, hints are bounded.
     */
    public static ManyNuma manyNumaNodes(int numaNodes) {
        String yaml = manyNumaYaml(numaNodes, 1);
        SimulationInput in = ScenarioReader.read("bench-many-numa.yaml", yaml, n -> null).input();
        try {
            return new ManyNuma(NodeSession.start(in.machine(), in.config(), in.version(), Harness.NONE,
                    Trace.disabled()), in.pods().get(0));
        } catch (KubeletStartError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The same machine and kubelet as a Scenario file with {@code pods} copies of the pod (p0, p1,
     * ...), admitted one after another: what {@code bench} simulates through the CLI.
     */
    public static String manyNumaYaml(int numaNodes, int pods) {
        StringBuilder sb = new StringBuilder("apiVersion: numa-advisor/v1\nkind: Scenario\nnode:\n  topology:\n"
                + "    sockets: 2\n    numaNodesPerSocket: " + numaNodes / 2 + "\n    coresPerSocket: "
                + 2 * numaNodes + "\n    threadsPerCore: 2\n    memoryPerNumaNode: 64Gi\n"
                + "  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n"
                + "    kind: KubeletConfiguration\n    cpuManagerPolicy: static\n    memoryManagerPolicy: Static\n"
                + "    topologyManagerPolicy: best-effort\n"
                + "    topologyManagerPolicyOptions: {max-allowable-numa-nodes: \"" + Math.max(8, numaNodes) + "\"}\n"
                + "    reservedSystemCPUs: \"0\"\n    systemReserved: {memory: 924Mi}\n"
                + "    evictionHard: {memory.available: 100Mi}\n"
                + "    reservedMemory: [{numaNode: 0, limits: {memory: 1Gi}}]\npods:\n");
        for (int p = 0; p < pods; p++) {
            sb.append("  - {apiVersion: v1, kind: Pod, metadata: {name: p").append(p == 0 ? "" : String.valueOf(p))
                    .append("}, spec: {containers: [{name: app, resources: {requests: {cpu: \"8\", memory: 16Gi},")
                    .append(" limits: {cpu: \"8\", memory: 16Gi}}}]}}\n");
        }
        return sb.toString();
    }

    /** The scenario of examples/gpu-pod-fits.yaml (without its expected block): one file, one pod. */
    public static String gpuPodYaml() {
        return "apiVersion: numa-advisor/v1\nkind: Scenario\nname: gpu-pod-fits\nnode:\n  topology:\n"
                + "    sockets: 2\n    coresPerSocket: 24\n    threadsPerCore: 2\n    memoryPerNumaNode: 256Gi\n"
                + "  devices:\n    - {resource: nvidia.com/gpu, id: GPU-0, numaNode: 1}\n"
                + "    - {resource: nvidia.com/gpu, id: GPU-1, numaNode: 1}\n"
                + "  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n    kind: KubeletConfiguration\n"
                + "    cpuManagerPolicy: static\n    memoryManagerPolicy: Static\n"
                + "    topologyManagerPolicy: single-numa-node\n    topologyManagerScope: container\n"
                + "    reservedSystemCPUs: \"0,48\"\n    systemReserved: {memory: 924Mi}\n"
                + "    evictionHard: {memory.available: 100Mi}\n"
                + "    reservedMemory:\n      - numaNode: 0\n        limits: {memory: 1Gi}\n"
                + "pods:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: trader}\n    spec:\n"
                + "      containers:\n        - name: app\n          resources:\n"
                + "            requests: {cpu: \"8\", memory: 16Gi, nvidia.com/gpu: \"1\"}\n"
                + "            limits:   {cpu: \"8\", memory: 16Gi, nvidia.com/gpu: \"1\"}\n";
    }

    /** A started kubelet and the pod to admit on it. */
    public record ManyNuma(NodeSession session, Pod pod) {
    }

    public static Pod pod(String uid) {
        FleetSpec spec = FleetReader.read("bench-node.yaml", fleetYaml(1, 1, 0, 0)
                .replace("arrivalsPerStep: 0.0\n      lifetimeSteps: 10\n", "count: 1\n"));
        Pod t = spec.templates().get(1).pod();
        return new Pod(uid, t.namespace(), uid, t.initContainers(), t.containers());
    }

    /** Admits and removes the pod: one full admission through the Topology, CPU, Memory and Device managers. */
    public static boolean admitAndRemove(NodeSession session, Pod pod) {
        PodResult r = session.admit(pod);
        session.remove(pod.uid());
        return r.admitted();
    }

    /**
     * A single-numa-node (or best-effort) policy on {@code numaNodes} nodes with
     * max-allowable-numa-nodes raised when needed, and three providers (cpu, memory, a device)
     * each offering every single-node mask, every pair and the full mask.
     */
    public static Policy policy(int numaNodes, String name) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < numaNodes; i++) {
            ids.add(i);
        }
        Map<String, String> options = numaNodes > 8 ? Map.of("max-allowable-numa-nodes", Integer.toString(numaNodes))
                : Map.of();
        try {
            return PolicyFactory.create(name, options, NumaInfo.of(ids), KubeVersion.NEWEST, Map.of());
        } catch (KubeletStartError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static List<ProviderHints> threeProviders(int numaNodes) {
        List<ProviderHints> out = new ArrayList<>();
        String[] resources = {"cpu", "memory", "example.com/nic"};
        for (int p = 0; p < 3; p++) {
            List<TopologyHint> hints = new ArrayList<>();
            for (int a = 0; a < numaNodes; a++) {
                // Each provider prefers a different single node, so the merge has real work to do.
                hints.add(new TopologyHint(NumaMask.of(a), (a + p) % 3 != 0));
                for (int b = a + 1; b < numaNodes; b++) {
                    hints.add(new TopologyHint(NumaMask.of(a, b), false));
                }
            }
            long full = numaNodes == 64 ? -1L : (1L << numaNodes) - 1;
            hints.add(new TopologyHint(new NumaMask(full), false));
            out.add(ProviderHints.of(resources[p], hints));
        }
        return out;
    }
}
