package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a scenario's {@code node.topology} (compact generator or explicit CPU list) and
 * {@code node.devices} into a {@link Machine}. Problems are collected with positions.
 */
public final class MachineReader {
    private static final List<String> COMPACT_FIELDS = List.of("sockets", "numaNodesPerSocket",
            "coresPerSocket", "threadsPerCore", "memoryPerNumaNode", "hugepagesPerNumaNode", "numaNodes",
            "distances");
    private static final List<String> EXPLICIT_FIELDS = List.of("cpus", "numaNodes", "distances");

    private MachineReader() {
    }

    /** Returns null when problems were recorded that leave no usable machine. */
    public static Machine read(YNode topology, YNode devices) {
        if (topology == null || !topology.expectMap()) {
            return null;
        }
        boolean compact = topology.has("sockets") || topology.has("coresPerSocket");
        List<CpuInfo> cpus;
        Map<Integer, NumaNode> nodes = new TreeMap<>();
        if (compact && topology.has("cpus")) {
            topology.get("cpus").error(Problem.Kind.INVALID, null,
                    "give either the compact form (sockets, coresPerSocket, …) or an explicit cpus list, not both", null);
            return null;
        }
        if (compact) {
            cpus = compactCpus(topology, nodes);
            if (cpus == null) {
                return null;
            }
            extraNumaNodes(topology.get("numaNodes"), nodes, true);
        } else {
            YNode list = topology.require("cpus", "give sockets/coresPerSocket (compact form) or a cpus list");
            cpus = list == null ? new ArrayList<>() : explicitCpus(list);
            extraNumaNodes(topology.get("numaNodes"), nodes, false);
        }
        for (CpuInfo c : cpus) {
            nodes.putIfAbsent(c.numaNode(), new NumaNode(c.numaNode(), 0, Map.of()));
        }
        Map<Integer, Map<Integer, Integer>> distances = DistanceReader.read(topology.get("distances"),
                new ArrayList<>(nodes.keySet()));
        topology.finish(compact ? COMPACT_FIELDS : EXPLICIT_FIELDS);
        List<Device> devs = readDevices(devices, nodes.keySet());
        if (topology.problems().any()) {
            return null;
        }
        try {
            return new Machine(new CpuTopology(cpus), nodes, distances, devs);
        } catch (IllegalArgumentException e) {
            topology.error(Problem.Kind.INVALID, null, e.getMessage(), null);
            return null;
        }
    }

    private static List<CpuInfo> compactCpus(YNode t, Map<Integer, NumaNode> nodes) {
        Integer sockets = positive(t, "sockets", null);
        Integer perSocket = positive(t, "numaNodesPerSocket", 1);
        Integer cores = positive(t, "coresPerSocket", null);
        Integer threads = positive(t, "threadsPerCore", 1);
        long memory = bytes(t.get("memoryPerNumaNode"));
        Map<String, Long> hugepages = hugepages(t.get("hugepagesPerNumaNode"));
        if (sockets == null || perSocket == null || cores == null || threads == null) {
            if (sockets == null && !t.has("sockets")) {
                t.error(Problem.Kind.REQUIRED, null, "the compact form needs sockets", "add e.g. sockets: 2");
            }
            if (cores == null && !t.has("coresPerSocket")) {
                t.error(Problem.Kind.REQUIRED, null, "the compact form needs coresPerSocket", null);
            }
            return null;
        }
        if (cores % perSocket != 0) {
            t.get("coresPerSocket").error(Problem.Kind.INVALID, String.valueOf(cores),
                    "coresPerSocket must be a multiple of numaNodesPerSocket (" + perSocket + ")", null);
            return null;
        }
        if ((long) sockets * cores * threads > 65_536 || sockets * perSocket > 64) {
            t.error(Problem.Kind.INVALID, null, "machine too large: at most 65536 CPUs and 64 NUMA nodes", null);
            return null;
        }
        int coresPerNuma = cores / perSocket;
        List<CpuInfo> cpus = new ArrayList<>();
        // Linux's usual x86 numbering: first threads of all cores socket by socket, then siblings.
        for (int thread = 0; thread < threads; thread++) {
            for (int s = 0; s < sockets; s++) {
                for (int c = 0; c < cores; c++) {
                    int id = thread * sockets * cores + s * cores + c;
                    int numa = s * perSocket + c / coresPerNuma;
                    cpus.add(new CpuInfo(id, s * cores + c, s, numa, s));
                }
            }
        }
        for (int n = 0; n < sockets * perSocket; n++) {
            nodes.put(n, new NumaNode(n, memory, hugepages));
        }
        return cpus;
    }

    private static Integer positive(YNode t, String key, Integer fallback) {
        Integer v = t.integer(key, fallback);
        if (v != null && v < 1) {
            t.get(key).error(Problem.Kind.INVALID, String.valueOf(v), key + " must be at least 1", null);
            return null;
        }
        return v;
    }

    private static List<CpuInfo> explicitCpus(YNode list) {
        List<CpuInfo> cpus = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (YNode c : list.items()) {
            if (!c.expectMap()) {
                continue;
            }
            Integer id = req(c, "id");
            Integer core = req(c, "core");
            Integer socket = req(c, "socket");
            Integer numa = req(c, "numaNode");
            Integer uncore = c.integer("uncoreCache", socket);
            c.finish(List.of("id", "core", "socket", "numaNode", "uncoreCache"));
            if (id == null || core == null || socket == null || numa == null || uncore == null) {
                continue;
            }
            if (!ids.add(id)) {
                c.get("id").error(Problem.Kind.DUPLICATE, String.valueOf(id), "cpu id listed twice",
                        "each logical CPU appears once");
                continue;
            }
            try {
                cpus.add(new CpuInfo(id, core, socket, numa, uncore));
            } catch (IllegalArgumentException e) {
                c.error(Problem.Kind.INVALID, null, e.getMessage(), null);
            }
        }
        return cpus;
    }

    private static Integer req(YNode c, String key) {
        YNode n = c.require(key, null);
        return n == null ? null : n.asInt();
    }

    private static void extraNumaNodes(YNode list, Map<Integer, NumaNode> nodes, boolean compact) {
        if (list == null || list.isNull()) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (YNode n : list.items()) {
            if (!n.expectMap()) {
                continue;
            }
            Integer id = req(n, "id");
            long memory = bytes(n.get("memory"));
            Map<String, Long> hp = hugepages(n.get("hugepages"));
            n.finish(List.of("id", "memory", "hugepages"));
            if (id == null) {
                continue;
            }
            if (!seen.add(id)) {
                n.get("id").error(Problem.Kind.DUPLICATE, String.valueOf(id), "numa node listed twice", null);
                continue;
            }
            if (id < 0 || id > 63) {
                n.get("id").error(Problem.Kind.INVALID, String.valueOf(id), "NUMA node ids go from 0 to 63", null);
                continue;
            }
            NumaNode existing = nodes.get(id);
            boolean keepMemory = compact && existing != null && !n.has("memory");
            nodes.put(id, new NumaNode(id, keepMemory ? existing.memoryBytes() : memory,
                    n.has("hugepages") || existing == null ? hp : existing.hugepagesBytes()));
        }
    }

    static long bytes(YNode q) {
        if (q == null || q.isNull()) {
            return 0;
        }
        Quantity v = q.asQuantity();
        if (v != null && v.isNegative()) {
            q.error(Problem.Kind.INVALID, v.text(), "memory must not be negative", null);
            return 0;
        }
        return v == null ? 0 : v.value();
    }

    private static Map<String, Long> hugepages(YNode m) {
        Map<String, Long> out = new TreeMap<>();
        if (m == null || m.isNull()) {
            return out;
        }
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            if (!e.getKey().startsWith("hugepages-")) {
                e.getValue().error(Problem.Kind.INVALID, e.getKey(),
                        "hugepages sizes are named hugepages-<size>, e.g. hugepages-1Gi", null);
                continue;
            }
            out.put(e.getKey(), bytes(e.getValue()));
        }
        return out;
    }

    private static List<Device> readDevices(YNode list, Set<Integer> numaIds) {
        List<Device> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (YNode d : list.items()) {
            if (!d.expectMap()) {
                continue;
            }
            String resource = d.string("resource", null);
            String id = d.string("id", null);
            Integer numa = d.integer("numaNode", null);
            d.finish(List.of("resource", "id", "numaNode"));
            if (resource == null || id == null) {
                d.error(Problem.Kind.REQUIRED, null, "a device needs resource and id",
                        "e.g. {resource: nvidia.com/gpu, id: GPU-0, numaNode: 1}");
                continue;
            }
            if (numa != null && !numaIds.contains(numa)) {
                d.get("numaNode").error(Problem.Kind.INVALID, String.valueOf(numa),
                        "device " + id + " is on NUMA node " + numa + ", which the machine does not have",
                        "the machine's NUMA nodes are " + numaIds);
                continue;
            }
            if (!seen.add(resource + "/" + id)) {
                d.get("id").error(Problem.Kind.DUPLICATE, id, "device id listed twice for " + resource, null);
                continue;
            }
            out.add(new Device(resource, id, numa));
        }
        return out;
    }
}
