package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.ScenarioYaml;
import dev.numaadvisor.app.session.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The kubelet config a node needs for aligned pods: cpuManagerPolicy static, memoryManagerPolicy
 * Static, the chosen Topology Manager policy, one whole core reserved on the first NUMA node
 * without devices (so the device's NUMA node keeps all its cores for pods), and reservedMemory
 * on that node equal to systemReserved + the default hard eviction threshold (the kubelet
 * refuses to start unless they add up).
 */
public final class KubeletDraft {
    /** Reserved for the OS and kubelet: a small, common choice, not a sizing recommendation. */
    public static final String SYSTEM_RESERVED_MEMORY = "1Gi";
    /** 1Gi systemReserved + 100Mi (the kubelet's default evictionHard memory.available). */
    public static final String RESERVED_MEMORY_TOTAL = "1124Mi";

    private KubeletDraft() {
    }

    public static Map<String, Object> draft(Session s, String topologyPolicy, boolean podScope) {
        Map<String, Object> c = ScenarioYaml.baseKubeletConfig();
        c.put("cpuManagerPolicy", "static");
        c.put("memoryManagerPolicy", "Static");
        c.put("topologyManagerPolicy", topologyPolicy);
        c.put("topologyManagerScope", podScope ? "pod" : "container");
        int numa = reservedNuma(s);
        c.put("reservedSystemCPUs", reservedCpus(s.topology(), numa));
        c.put("systemReserved", new LinkedHashMap<>(Map.of("memory", SYSTEM_RESERVED_MEMORY)));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("numaNode", numa);
        entry.put("limits", new LinkedHashMap<>(Map.of("memory", RESERVED_MEMORY_TOTAL)));
        c.put("reservedMemory", new ArrayList<>(List.of(entry)));
        return c;
    }

    public static String summary(Session s) {
        Map<String, Object> c = s.kubeletConfig();
        return "static CPU manager, Static memory manager, " + c.get("topologyManagerPolicy") + ", reservedSystemCPUs "
                + c.get("reservedSystemCPUs");
    }

    /** The lowest NUMA node with no device, else 0. */
    static int reservedNuma(Session s) {
        TreeSet<Integer> withDevices = new TreeSet<>();
        s.devices().forEach(d -> withDevices.add(((Number) d.get("numaNode")).intValue()));
        int nodes = intOf(s.topology(), "sockets", 1) * intOf(s.topology(), "numaNodesPerSocket", 1);
        for (int n = 0; n < nodes; n++) {
            if (!withDevices.contains(n)) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The CPU ids of the first core of NUMA node {@code numa} under the contract's compact
     * numbering: first threads socket by socket, then each further thread level.
     */
    static String reservedCpus(Map<String, Object> topo, int numa) {
        int sockets = intOf(topo, "sockets", 1);
        int cores = intOf(topo, "coresPerSocket", 1);
        int threads = intOf(topo, "threadsPerCore", 1);
        int nps = intOf(topo, "numaNodesPerSocket", 1);
        int core = (numa / nps) * cores + (numa % nps) * (cores / nps);
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < threads; t++) {
            sb.append(t > 0 ? "," : "").append(core + t * sockets * cores);
        }
        return sb.toString();
    }

    static int intOf(Map<String, Object> m, String key, int fallback) {
        Object v = m.get(key);
        return v instanceof Number ? ((Number) v).intValue() : fallback;
    }
}
