package dev.numaadvisor.core.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.Simulate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A thousand seeded random scenarios (machines with hugepages and devices, every CPU and
 * Topology Manager policy, reservations, eviction thresholds, maxPods, init containers, sidecars,
 * removals): at no point do the admitted pods request more than node allocatable. Requests and
 * allocatable are worked out here from the generated numbers, not with the engine's code.
 */
class ResourceFitProperties {
    private static final long MI = 1L << 20;
    private static final long GI = 1L << 30;
    private static final String[] RESOURCES = {"cpu", "memory", "hugepages-1Gi", "example.com/gpu"};

    @Test
    void admittedPodsNeverRequestMoreThanAllocatable() {
        int outOf = 0;
        int admitted = 0;
        for (long seed = 1; seed <= 1000; seed++) {
            Gen g = new Gen(new Random(seed));
            String yaml = g.scenario();
            SimulationResult r = Simulate.scenario("fit-" + seed + ".yaml", yaml, n -> null).result();
            assertNull(r.startError(), "kubelet should start (seed " + seed + "):\n" + yaml);
            for (int i = 0; i < RESOURCES.length; i++) {
                assertEquals(g.allocatable[i], r.allocatable().amount(RESOURCES[i]),
                        RESOURCES[i] + " allocatable (seed " + seed + "):\n" + yaml);
            }
            Map<String, long[]> active = new LinkedHashMap<>();
            int next = 0;
            for (String pod : g.podOrder) {
                if (pod.startsWith("-")) {
                    active.remove(pod.substring(1));
                    continue;
                }
                PodResult p = r.pods().get(next++);
                assertTrue(p.name().equals(pod), "result order");
                if (p.admitted()) {
                    admitted++;
                    active.put(pod, g.requests.get(pod));
                    check(active, g, seed, yaml);
                } else if (p.reason().startsWith(InsufficientResource.REASON_PREFIX)) {
                    outOf++;
                }
            }
        }
        // The property only means something when the fit is exercised in both directions.
        assertTrue(outOf > 100, "only " + outOf + " OutOf rejections");
        assertTrue(admitted > 1000, "only " + admitted + " admissions");
    }

    private static void check(Map<String, long[]> active, Gen g, long seed, String yaml) {
        assertTrue(active.size() <= g.maxPods, () -> "more pods than maxPods (seed " + seed + "):\n" + yaml);
        for (int i = 0; i < RESOURCES.length; i++) {
            if (i == 3 && g.allocatable[i] == 0) {
                continue; // a node without the extended resource: the kubelet drops such requests
            }
            long sum = 0;
            for (long[] req : active.values()) {
                sum += req[i];
            }
            long total = sum;
            int res = i;
            assertTrue(total <= g.allocatable[i], () -> RESOURCES[res] + ": admitted pods request " + total
                    + " > allocatable " + g.allocatable[res] + " (seed " + seed + "):\n" + yaml);
        }
    }

    /** One random scenario, with its allocatable and each pod's request computed alongside. */
    private static final class Gen {
        final Random rnd;
        final Map<String, long[]> requests = new HashMap<>();
        final List<String> podOrder = new ArrayList<>();
        final long[] allocatable = new long[RESOURCES.length];
        int maxPods;
        private int podCount;

        Gen(Random rnd) {
            this.rnd = rnd;
        }

        <T> T pick(List<T> options) {
            return options.get(rnd.nextInt(options.size()));
        }

        String scenario() {
            int sockets = 1 + rnd.nextInt(2);
            int numaPerSocket = 1 + rnd.nextInt(2);
            int cores = pick(List.of(2, 4, 6, 8));
            int threads = 1 + rnd.nextInt(2);
            long memoryGi = pick(List.of(2L, 4L, 8L, 16L));
            long hugeGi = rnd.nextInt(3);
            int numa = sockets * numaPerSocket;
            int cpus = sockets * cores * threads;
            StringBuilder sb = new StringBuilder("apiVersion: numa-advisor/v1\nkind: Scenario\nnode:\n");
            sb.append("  topology: {sockets: ").append(sockets).append(", numaNodesPerSocket: ").append(numaPerSocket)
                    .append(", coresPerSocket: ").append(cores).append(", threadsPerCore: ").append(threads)
                    .append(", memoryPerNumaNode: ").append(memoryGi).append("Gi");
            if (hugeGi > 0) {
                sb.append(", hugepagesPerNumaNode: {hugepages-1Gi: ").append(hugeGi).append("Gi}");
            }
            sb.append("}\n");
            int gpus = rnd.nextInt(4);
            if (gpus > 0) {
                sb.append("  devices:\n");
                for (int i = 0; i < gpus; i++) {
                    sb.append("  - {resource: example.com/gpu, id: g").append(i).append(", numaNode: ")
                            .append(rnd.nextInt(numa)).append("}\n");
                }
            }
            sb.append(config(cpus, numa * memoryGi * GI, numa * hugeGi * GI));
            allocatable[2] = numa * hugeGi * GI;
            allocatable[3] = gpus;
            sb.append("pods:\n");
            int pods = 1 + rnd.nextInt(14);
            for (int i = 0; i < pods; i++) {
                sb.append("- ").append(pod()).append('\n');
            }
            if (rnd.nextBoolean()) {
                sb.append("events:\n");
                for (int i = 0; i < 1 + rnd.nextInt(5); i++) {
                    List<String> admittedSoFar = podOrder.stream().filter(p -> !p.startsWith("-")).toList();
                    if (rnd.nextInt(3) == 0 && !admittedSoFar.isEmpty()) {
                        String victim = pick(admittedSoFar);
                        podOrder.add("-" + victim);
                        sb.append("- remove: {pod: ").append(victim).append("}\n");
                    } else {
                        sb.append("- admit: ").append(pod()).append('\n');
                    }
                }
            }
            return sb.toString();
        }

        private String config(int cpus, long memoryBytes, long hugepageBytes) {
            StringBuilder sb = new StringBuilder("  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n"
                    + "    kind: KubeletConfiguration\n");
            String cpuPolicy = pick(List.of("none", "static"));
            sb.append("    cpuManagerPolicy: ").append(cpuPolicy).append('\n');
            sb.append("    topologyManagerPolicy: ")
                    .append(pick(List.of("none", "best-effort", "restricted", "single-numa-node"))).append('\n');
            sb.append("    topologyManagerScope: ").append(pick(List.of("container", "pod"))).append('\n');
            maxPods = 2 + rnd.nextInt(12);
            sb.append("    maxPods: ").append(maxPods).append('\n');
            long reservedCpuMillis;
            long kubeMemory = rnd.nextBoolean() ? 512 * MI : 0;
            int cpuChoice = rnd.nextInt(3);
            if (cpuChoice == 0) {
                sb.append("    reservedSystemCPUs: \"0\"\n");
                reservedCpuMillis = 1000;
                if (kubeMemory > 0) {
                    sb.append("    kubeReserved: {memory: 512Mi}\n");
                }
            } else {
                reservedCpuMillis = cpuChoice == 1 ? 1000 : 500;
                sb.append("    kubeReserved: {cpu: ").append(cpuChoice == 1 ? "\"1\"" : "500m");
                sb.append(kubeMemory > 0 ? ", memory: 512Mi}\n" : "}\n");
            }
            if (cpuPolicy.equals("static") && reservedCpuMillis < 1000) {
                // The static policy needs a whole reserved CPU; 500m rounds up to one.
                reservedCpuMillis = 500;
            }
            long eviction;
            int evictionChoice = rnd.nextInt(3);
            if (evictionChoice == 0) {
                eviction = 100 * MI; // the kubelet's default
            } else if (evictionChoice == 1) {
                sb.append("    evictionHard: {memory.available: 500Mi}\n");
                eviction = 500 * MI;
            } else {
                sb.append("    evictionHard: {memory.available: \"5%\"}\n");
                eviction = (long) ((double) memoryBytes * (double) (5f / 100f));
            }
            allocatable[0] = cpus * 1000L - reservedCpuMillis;
            allocatable[1] = Math.max(0, memoryBytes - kubeMemory - eviction - hugepageBytes);
            return sb.toString();
        }

        /** A pod manifest in flow style; records its request (max of apps + sidecar and init peak). */
        private String pod() {
            String name = "p" + podCount++;
            int kind = rnd.nextInt(4); // 0 Guaranteed whole CPUs, 1 Guaranteed fraction, 2 Burstable, 3 BestEffort
            long[] apps = new long[RESOURCES.length];
            StringBuilder sb = new StringBuilder("{apiVersion: v1, kind: Pod, metadata: {name: ").append(name)
                    .append("}, spec: {");
            long[] sidecar = null;
            long[] init = null;
            boolean sidecarFirst = rnd.nextBoolean();
            List<String> inits = new ArrayList<>();
            if (rnd.nextInt(4) == 0) {
                sidecar = new long[RESOURCES.length];
                inits.add(container("sidecar", kind, sidecar, true));
            }
            if (rnd.nextInt(4) == 0) {
                init = new long[RESOURCES.length];
                String text = container("init", kind, init, false);
                if (sidecarFirst) {
                    inits.add(text);
                } else {
                    inits.add(0, text);
                }
            }
            if (!inits.isEmpty()) {
                sb.append("initContainers: [").append(String.join(", ", inits)).append("], ");
            }
            List<String> containers = new ArrayList<>();
            for (int c = 0; c < 1 + rnd.nextInt(2); c++) {
                long[] one = new long[RESOURCES.length];
                containers.add(container("c" + c, kind, one, false));
                add(apps, one);
            }
            sb.append("containers: [").append(String.join(", ", containers)).append("]}}");
            long[] total = apps.clone();
            long[] peak = new long[RESOURCES.length];
            if (sidecar != null) {
                add(total, sidecar);
            }
            if (init != null) {
                long[] during = init.clone();
                if (sidecar != null && sidecarFirst) {
                    add(during, sidecar);
                }
                max(peak, during);
            }
            if (sidecar != null) {
                max(peak, sidecar);
            }
            max(total, peak);
            requests.put(name, total);
            podOrder.add(name);
            return sb.toString();
        }

        private String container(String name, int kind, long[] amounts, boolean sidecar) {
            StringBuilder sb = new StringBuilder("{name: ").append(name);
            if (sidecar) {
                sb.append(", restartPolicy: Always");
            }
            if (kind == 3) {
                return sb.append('}').toString();
            }
            long cpuMillis = kind == 0 ? 1000L * (1 + rnd.nextInt(3)) : pick(List.of(250L, 500L, 1500L, 2500L));
            long memory = pick(List.of(128 * MI, 512 * MI, GI, 2 * GI));
            amounts[0] = cpuMillis;
            amounts[1] = memory;
            String res = "cpu: " + cpuMillis + "m, memory: " + memory / MI + "Mi";
            if (rnd.nextInt(5) == 0) {
                amounts[2] = GI;
                res += ", hugepages-1Gi: 1Gi";
            }
            if (rnd.nextInt(6) == 0) {
                amounts[3] = 1;
                res += ", example.com/gpu: \"1\"";
            }
            String limits = kind == 2 ? "" : ", limits: {" + res + "}";
            return sb.append(", resources: {requests: {").append(res).append('}').append(limits).append("}}")
                    .toString();
        }

        private static void add(long[] into, long[] more) {
            for (int i = 0; i < into.length; i++) {
                into[i] += more[i];
            }
        }

        private static void max(long[] into, long[] other) {
            for (int i = 0; i < into.length; i++) {
                into[i] = Math.max(into[i], other[i]);
            }
        }
    }
}
