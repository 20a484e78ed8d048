package dev.numaadvisor.core.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintListing;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whole simulations with every hint listed (the kubelet's enumeration) and with the bounded hints
 * forced on (threshold 0: every resource is a rule, every merge the bounded one) agree on random
 * machines of up to 8 NUMA nodes: uneven CPUs and memory per node, nodes without CPUs, SMT,
 * hugepages, devices (some without a NUMA node), random distances; all four Topology Manager
 * policies, both scopes, prefer-closest-numa-nodes, align-by-socket, memory policy Static or
 * None; pods with init containers (re-use), shared-pool containers, hugepages and devices,
 * admitted in sequence with removals in between, so later pods see fragmented free states.
 * Compared: start-up outcome, per pod admit/reject with reason and message, merged hints, CPU ids,
 * memory blocks, devices, the final checkpoints; and every bounded hint list is the first
 * {@value HintListing#LISTED_HINTS} hints of the full list.
 */
class BoundedHintsScenarioProperties {
    private static final HintBounds FORCED = new HintBounds(0, 50_000_000);

    @Provide
    Arbitrary<String> scenarios() {
        return Arbitraries.longs().map(BoundedHintsScenarioProperties::scenario);
    }

    @Property(tries = 1000)
    void boundedHintsDecideAsTheFullLists(@ForAll("scenarios") String yaml) {
        SimulationInput plain = ScenarioReader.read("bounded.yaml", yaml, n -> null).input();
        SimulationInput bounded = withBounds(plain, FORCED);
        SimulationResult expected = NodeSimulator.run(plain, Trace.disabled());
        SimulationResult actual = NodeSimulator.run(bounded, new Trace());
        Statistics.label("outcome").collect(expected.startError() != null ? "kubelet does not start" : outcome(expected));
        Statistics.label("policy").collect(plain.config().topologyManagerPolicy() + " scope "
                + plain.config().topologyManagerScope());
        Statistics.label("options").collect(plain.config().topologyManagerPolicyOptions().keySet(),
                plain.config().cpuManagerPolicyOptions().keySet());
        Statistics.label("rejections").collect(expected.pods().stream().filter(p -> !p.admitted())
                .map(PodResult::reason).distinct().sorted().toList());
        assertEquals(message(expected.startError()), message(actual.startError()), yaml);
        assertEquals(expected.pods().size(), actual.pods().size(), yaml);
        for (int i = 0; i < expected.pods().size(); i++) {
            samePod(expected.pods().get(i), actual.pods().get(i), yaml);
        }
        assertEquals(expected.cpuCheckpoint(), actual.cpuCheckpoint(), yaml);
        assertEquals(expected.memoryCheckpoint(), actual.memoryCheckpoint(), yaml);
    }

    /**
     * A kubelet restart: the checkpoints a first run leaves, its admitted pods running again (their
     * containers already hold CPUs and memory blocks, so hints are regenerated from them), then the
     * scenario's pods once more on top.
     */
    @Property(tries = 300)
    void boundedHintsDecideAsTheFullListsAfterARestart(@ForAll("scenarios") String yaml) {
        SimulationInput read = ScenarioReader.read("bounded.yaml", yaml, n -> null).input();
        SimulationInput first = new SimulationInput(read.machine(), read.config(), null, read.version(),
                read.harness(), null, null, List.of(), read.pods(), List.of());
        SimulationResult before = NodeSimulator.run(first, Trace.disabled());
        if (before.startError() != null) {
            return;
        }
        List<dev.numaadvisor.core.pod.Pod> running = new ArrayList<>();
        for (int i = 0; i < first.pods().size(); i++) {
            if (before.pods().get(i).admitted()) {
                running.add(first.pods().get(i));
            }
        }
        List<dev.numaadvisor.core.pod.Pod> again = new ArrayList<>();
        for (dev.numaadvisor.core.pod.Pod p : first.pods()) {
            again.add(p.replica(p.name() + "-again", p.uid() + "-again"));
        }
        SimulationInput restart = new SimulationInput(first.machine(), first.config(), null, first.version(),
                first.harness(), before.cpuCheckpoint(), before.memoryCheckpoint(), running, again, List.of());
        SimulationResult expected = NodeSimulator.run(restart, Trace.disabled());
        SimulationResult actual = NodeSimulator.run(withBounds(restart, FORCED), new Trace());
        Statistics.collect(running.isEmpty() ? "nothing running" : "pods running");
        assertEquals(message(expected.startError()), message(actual.startError()), yaml);
        for (int i = 0; i < expected.pods().size(); i++) {
            samePod(expected.pods().get(i), actual.pods().get(i), yaml);
        }
        assertEquals(expected.cpuCheckpoint(), actual.cpuCheckpoint(), yaml);
        assertEquals(expected.memoryCheckpoint(), actual.memoryCheckpoint(), yaml);
    }

    static SimulationInput withBounds(SimulationInput in, HintBounds bounds) {
        return new SimulationInput(in.machine(), in.config(), in.configDecodeError(), in.version(),
                in.harness().withHintBounds(bounds), in.cpuCheckpoint(), in.memoryCheckpoint(), in.runningPods(),
                in.pods(), in.events());
    }

    private static String message(KubeletStartError e) {
        return e == null ? null : e.getMessage();
    }

    private static String outcome(SimulationResult r) {
        long admitted = r.pods().stream().filter(PodResult::admitted).count();
        boolean notPreferred = r.pods().stream().flatMap(p -> p.containers().stream())
                .anyMatch(c -> c.mergedHint() != null && c.mergedHint().affinity() != null
                        && !c.mergedHint().preferred());
        return (admitted == r.pods().size() ? "all admitted" : admitted == 0 ? "none admitted" : "some admitted")
                + (notPreferred ? ", a not-preferred merge" : "");
    }

    static void samePod(PodResult expected, PodResult actual, String yaml) {
        String who = expected.name() + "\n" + yaml;
        assertNotEquals(AdmissionError.NOT_SIMULATED, actual.reason(), who);
        assertEquals(expected.admitted(), actual.admitted(), who);
        assertEquals(expected.reason(), actual.reason(), who);
        assertEquals(expected.message(), actual.message(), who);
        assertEquals(expected.podHint(), actual.podHint(), who);
        sameLists(expected.podHints(), actual.podHints(), who);
        assertEquals(expected.containers().size(), actual.containers().size(), who);
        for (int i = 0; i < expected.containers().size(); i++) {
            ContainerResult e = expected.containers().get(i);
            ContainerResult a = actual.containers().get(i);
            String where = e.name() + " of " + who;
            assertEquals(e.mergedHint(), a.mergedHint(), where);
            assertEquals(e.exclusiveCpus(), a.exclusiveCpus(), where);
            assertEquals(e.cpus(), a.cpus(), where);
            assertEquals(e.memory(), a.memory(), where);
            assertEquals(e.devices(), a.devices(), where);
            sameLists(e.hints(), a.hints(), where);
        }
    }

    /** The bounded lists are the first hints of the full ones (nil and empty stay as they are). */
    private static void sameLists(Map<String, List<TopologyHint>> full, Map<String, List<TopologyHint>> bounded,
                                  String where) {
        if (full == null || bounded == null) {
            assertEquals(full, bounded, where);
            return;
        }
        assertEquals(full.keySet(), bounded.keySet(), where);
        full.forEach((resource, list) -> {
            List<TopologyHint> expected = list == null ? null
                    : list.subList(0, Math.min(HintListing.LISTED_HINTS, list.size()));
            assertEquals(expected, bounded.get(resource), resource + " hints of " + where);
        });
    }

    /** A random scenario (see the class comment); the seed makes it reproducible. */
    static String scenario(long seed) {
        return scenario(seed, 1 + new Random(seed).nextInt(8));
    }

    /** A random scenario on {@code numa} NUMA nodes. */
    static String scenario(long seed, int numa) {
        Random r = new Random(seed);
        r.nextInt(8);
        int sockets = numa >= 2 && r.nextBoolean() ? 2 : 1;
        boolean devices = r.nextInt(3) == 0;
        boolean hugepages = r.nextInt(3) == 0;
        String policy = List.of("none", "best-effort", "restricted", "single-numa-node").get(r.nextInt(4));
        boolean closest = r.nextInt(3) == 0;
        boolean alignBySocket = r.nextInt(4) == 0 && !policy.equals("single-numa-node");
        boolean staticMemory = r.nextInt(5) != 0;
        StringBuilder sb = new StringBuilder("apiVersion: numa-advisor/v1\nkind: Scenario\nname: s" + seed
                + "\nnode:\n  topology:\n");
        machine(sb, r, numa, sockets, hugepages);
        if (devices) {
            sb.append("  devices:\n");
            for (int d = 0, k = 1 + r.nextInt(6); d < k; d++) {
                sb.append("  - {resource: example.com/dev, id: d").append(d)
                        .append(r.nextInt(6) == 0 ? "" : ", numaNode: " + r.nextInt(numa)).append("}\n");
            }
        }
        sb.append("  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n"
                + "    kind: KubeletConfiguration\n    cpuManagerPolicy: static\n    reservedSystemCPUs: \"0\"\n")
                .append(numa > 8 ? "    topologyManagerPolicyOptions: {max-allowable-numa-nodes: \"" + numa + "\""
                        + (closest ? ", prefer-closest-numa-nodes: \"true\"" : "") + "}\n" : "")
                .append("    topologyManagerPolicy: ").append(policy).append('\n')
                .append("    topologyManagerScope: ").append(r.nextBoolean() ? "container" : "pod").append('\n');
        if (closest && numa <= 8) {
            sb.append("    topologyManagerPolicyOptions: {prefer-closest-numa-nodes: \"true\"}\n");
        }
        if (alignBySocket) {
            sb.append("    cpuManagerPolicyOptions: {align-by-socket: \"true\"}\n"
                    + "    featureGates: {CPUManagerPolicyAlphaOptions: true}\n");
        }
        if (staticMemory) {
            sb.append("    memoryManagerPolicy: Static\n    systemReserved: {memory: 924Mi}\n"
                    + "    evictionHard: {memory.available: 100Mi}\n"
                    + "    reservedMemory: [{numaNode: 0, limits: {memory: 1Gi}}]\n");
        }
        pods(sb, r, numa, devices, hugepages);
        return sb.toString();
    }

    /** Explicit CPUs: 0-4 cores per node (node 0 has at least one, for the reserved CPU 0). */
    private static void machine(StringBuilder sb, Random r, int numa, int sockets, boolean hugepages) {
        int threads = 1 + r.nextInt(2);
        List<int[]> cores = new ArrayList<>();
        for (int node = 0; node < numa; node++) {
            int n = node == 0 ? 1 + r.nextInt(4) : r.nextInt(5);
            for (int c = 0; c < n; c++) {
                // Now and then a core on the other socket: a NUMA node that spans two sockets.
                int socket = r.nextInt(10) == 0 ? r.nextInt(sockets) : node * sockets / numa;
                cores.add(new int[] {node, socket});
            }
        }
        sb.append("    cpus:\n");
        int id = 0;
        for (int t = 0; t < threads; t++) {
            for (int core = 0; core < cores.size(); core++) {
                sb.append("    - {id: ").append(id++).append(", core: ").append(core).append(", socket: ")
                        .append(cores.get(core)[1]).append(", numaNode: ").append(cores.get(core)[0]).append("}\n");
            }
        }
        sb.append("    numaNodes:\n");
        // Memory stays above hugepages plus the 1Gi reserved: else the kubelet's uint64 counters
        // wrap, which the bounded path refuses on purpose (MemoryHintSpace says why).
        for (int node = 0; node < numa; node++) {
            int pages = hugepages ? r.nextInt(4) : 0;
            sb.append("    - {id: ").append(node).append(", memory: ").append(pages + 2 + r.nextInt(12)).append("Gi")
                    .append(hugepages ? ", hugepages: {hugepages-1Gi: " + pages + "Gi}" : "").append("}\n");
        }
        sb.append("    distances: [");
        int[][] d = new int[numa][numa];
        int[] values = {11, 12, 20, 21, 32};
        for (int i = 0; i < numa; i++) {
            for (int j = 0; j <= i; j++) {
                d[i][j] = i == j ? 10 : values[r.nextInt(values.length)];
                d[j][i] = d[i][j];
            }
        }
        for (int i = 0; i < numa; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < numa; j++) {
                sb.append(j == 0 ? "" : ", ").append(d[i][j]);
            }
            sb.append(']');
        }
        sb.append("]\n");
    }

    /** 1-6 pods, then removals and more admissions (the events), so free states get fragmented. */
    private static void pods(StringBuilder sb, Random r, int numa, boolean devices, boolean hugepages) {
        int count = 1 + r.nextInt(6);
        sb.append("pods:\n");
        for (int p = 0; p < count; p++) {
            sb.append("- ").append(pod(r, "p" + p, numa, devices, hugepages)).append('\n');
        }
        sb.append("events:\n");
        for (int e = 0, k = r.nextInt(3); e < k; e++) {
            sb.append("- {remove: {pod: p").append(r.nextInt(count)).append("}}\n");
            sb.append("- {admit: ").append(pod(r, "q" + e, numa, devices, hugepages)).append("}\n");
        }
        if (sb.toString().endsWith("events:\n")) {
            sb.setLength(sb.length() - "events:\n".length());
        }
    }

    private static String pod(Random r, String name, int numa, boolean devices, boolean hugepages) {
        StringBuilder sb = new StringBuilder("{apiVersion: v1, kind: Pod, metadata: {name: " + name + "}, spec: {");
        boolean guaranteed = r.nextInt(6) != 0;
        if (r.nextInt(4) == 0) {
            sb.append("initContainers: [").append(container(r, "init", numa, devices, hugepages, guaranteed))
                    .append("], ");
        }
        sb.append("containers: [");
        for (int c = 0, k = 1 + r.nextInt(2); c < k; c++) {
            sb.append(c == 0 ? "" : ", ").append(container(r, "c" + c, numa, devices, hugepages, guaranteed));
        }
        return sb.append("]}}").toString();
    }

    private static String container(Random r, String name, int numa, boolean devices, boolean hugepages,
                                    boolean guaranteed) {
        String cpu = r.nextInt(5) == 0 ? "500m" : String.valueOf(1 + r.nextInt(2 + 3 * numa));
        StringBuilder res = new StringBuilder("cpu: \"" + cpu + "\", memory: " + (256 * (1 + r.nextInt(24))) + "Mi");
        if (hugepages && r.nextBoolean()) {
            res.append(", hugepages-1Gi: ").append(1 + r.nextInt(3)).append("Gi");
        }
        if (devices && r.nextBoolean()) {
            res.append(", example.com/dev: \"").append(1 + r.nextInt(3)).append('"');
        }
        String limits = guaranteed ? ", limits: {" + res + "}" : "";
        return "{name: " + name + ", resources: {requests: {" + res + "}" + limits + "}}";
    }
}
