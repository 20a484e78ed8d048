package dev.numaadvisor.app;

import java.util.List;
import java.util.Random;

/**
 * Scenario files for the bench's "many scenarios in one call" figure: a mix of what CI users run
 * (1 to 8 NUMA nodes, SMT or not, GPUs or not, every Topology Manager policy and scope, Static or
 * None memory, 1 to 6 Guaranteed, fractional and Burstable pods). The same seed gives the same
 * text; every file is valid input, and some pods are rejected as on real nodes.
 */
public final class RandomScenarios {
    private static final List<String> POLICIES = List.of("none", "best-effort", "restricted", "single-numa-node");

    private RandomScenarios() {
    }

    /** The scenario of one seed, as contract YAML. */
    public static String scenario(long seed) {
        Random r = new Random(seed);
        int sockets = 1 + r.nextInt(2);
        int numaPerSocket = List.of(1, 1, 2, 4).get(r.nextInt(4));
        int coresPerSocket = numaPerSocket * (4 + 2 * r.nextInt(6));
        int threads = 1 + r.nextInt(2);
        int numaNodes = sockets * numaPerSocket;
        boolean gpus = r.nextInt(3) == 0;
        boolean staticMemory = r.nextInt(4) != 0;
        StringBuilder sb = new StringBuilder("apiVersion: numa-advisor/v1\nkind: Scenario\nname: random-")
                .append(seed).append("\nnode:\n  topology:\n    sockets: ").append(sockets)
                .append("\n    numaNodesPerSocket: ").append(numaPerSocket)
                .append("\n    coresPerSocket: ").append(coresPerSocket)
                .append("\n    threadsPerCore: ").append(threads)
                .append("\n    memoryPerNumaNode: ").append(16 << r.nextInt(4)).append("Gi\n");
        if (gpus) {
            sb.append("  devices:\n");
            for (int g = 0; g < 2 * numaNodes; g++) {
                sb.append("    - {resource: nvidia.com/gpu, id: GPU-").append(g).append(", numaNode: ")
                        .append(g % numaNodes).append("}\n");
            }
        }
        sb.append("  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n"
                + "    kind: KubeletConfiguration\n    cpuManagerPolicy: static\n    reservedSystemCPUs: \"0\"\n")
                .append("    topologyManagerPolicy: ").append(POLICIES.get(r.nextInt(POLICIES.size())))
                .append("\n    topologyManagerScope: ").append(r.nextBoolean() ? "container" : "pod").append('\n');
        if (staticMemory) {
            sb.append("    memoryManagerPolicy: Static\n    systemReserved: {memory: 924Mi}\n"
                    + "    evictionHard: {memory.available: 100Mi}\n"
                    + "    reservedMemory: [{numaNode: 0, limits: {memory: 1Gi}}]\n");
        }
        sb.append("pods:\n");
        for (int p = 0, pods = 1 + r.nextInt(6); p < pods; p++) {
            pod(sb, r, "p" + p, gpus);
        }
        return sb.toString();
    }

    private static void pod(StringBuilder sb, Random r, String name, boolean gpus) {
        sb.append("  - apiVersion: v1\n    kind: Pod\n    metadata: {name: ").append(name)
                .append("}\n    spec:\n      containers:\n");
        for (int c = 0, containers = 1 + r.nextInt(2); c < containers; c++) {
            int kind = r.nextInt(6);
            int cpus = 1 + r.nextInt(12);
            String cpu = kind == 0 ? (1 + r.nextInt(4)) * 500 + "m" : Integer.toString(cpus);
            String memory = (1 + r.nextInt(16)) + "Gi";
            String gpu = gpus && r.nextBoolean() ? ", nvidia.com/gpu: \"1\"" : "";
            String requests = "{cpu: \"" + cpu + "\", memory: " + memory + gpu + "}";
            // Kind 1 is Burstable: a CPU limit twice the request.
            String limits = kind == 1 ? "{cpu: \"" + 2 * cpus + "\", memory: " + memory + gpu + "}" : requests;
            sb.append("        - name: c").append(c).append("\n          resources:\n            requests: ")
                    .append(requests).append("\n            limits: ").append(limits).append('\n');
        }
    }
}
