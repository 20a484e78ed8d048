package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.scenario.ExplicitTopology;
import dev.numaadvisor.core.scenario.NodeMachine;
import dev.numaadvisor.core.scenario.NumaNodeSpec;
import dev.numaadvisor.core.scenario.TopologySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a scenario's {@code node.topology} (compact generator or explicit CPU list) and
 * {@code node.devices} into the topology records, then a {@link Machine} through
 * {@link NodeMachine}. Problems are collected with positions.
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
        NodeHardware hardware = readHardware(topology, devices);
        return hardware == null ? null : hardware.machine();
    }

    /**
     * Reads YAML into the topology record and devices, then builds the machine through
     * {@link NodeMachine}, the mapping the session uses too. Null when problems were recorded.
     */
    public static NodeHardware readHardware(YNode topology, YNode devices) {
        if (topology == null || !topology.expectMap()) {
            return null;
        }
        boolean compact = topology.has("sockets") || topology.has("coresPerSocket");
        if (compact && topology.has("cpus")) {
            topology.get("cpus").error(Problem.Kind.INVALID, null,
                    "give either the compact form (sockets, coresPerSocket, …) or an explicit cpus list, not both", null);
            return null;
        }
        TopologySpec spec;
        if (compact) {
            CompactTopology shape = compact(topology);
            if (shape == null) {
                return null;
            }
            spec = new CompactTopology(shape.sockets(), shape.numaNodesPerSocket(), shape.coresPerSocket(),
                    shape.threadsPerCore(), shape.memoryPerNumaNode(), shape.hugepagesPerNumaNode(),
                    extraNumaNodes(topology.get("numaNodes")), Map.of());
        } else {
            YNode list = topology.require("cpus", "give sockets/coresPerSocket (compact form) or a cpus list");
            List<CpuInfo> cpus = list == null ? new ArrayList<>() : explicitCpus(list);
            spec = new ExplicitTopology(cpus, extraNumaNodes(topology.get("numaNodes")), Map.of());
        }
        Map<Integer, Map<Integer, Integer>> distances = DistanceReader.read(topology.get("distances"),
                new ArrayList<>(spec.numaNodes().keySet()));
        spec = withDistances(spec, distances);
        topology.finish(compact ? COMPACT_FIELDS : EXPLICIT_FIELDS);
        List<Device> devs = readDevices(devices, spec.numaNodes().keySet());
        if (topology.problems().any()) {
            return null;
        }
        try {
            return new NodeHardware(spec, devs, NodeMachine.of(spec, devs));
        } catch (IllegalArgumentException e) {
            topology.error(Problem.Kind.INVALID, null, e.getMessage(), null);
            return null;
        }
    }

    private static TopologySpec withDistances(TopologySpec spec, Map<Integer, Map<Integer, Integer>> distances) {
        if (spec instanceof CompactTopology) {
            return ((CompactTopology) spec).withDistances(distances);
        }
        if (spec instanceof ExplicitTopology) {
            ExplicitTopology e = (ExplicitTopology) spec;
            return new ExplicitTopology(e.cpus(), e.extraNumaNodes(), distances);
        }
        throw new AssertionError(spec);
    }

    /** The compact fields, each checked where it is written; null when one is missing or wrong. */
    private static CompactTopology compact(YNode t) {
        Integer sockets = positive(t, "sockets", null);
        Integer perSocket = positive(t, "numaNodesPerSocket", 1);
        Integer cores = positive(t, "coresPerSocket", null);
        Integer threads = positive(t, "threadsPerCore", 1);
        Quantity memory = quantity(t.get("memoryPerNumaNode"));
        Map<String, Quantity> hugepages = hugepages(t.get("hugepagesPerNumaNode"));
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
        try {
            return new CompactTopology(sockets, perSocket, cores, threads, memory, hugepages, List.of(), Map.of());
        } catch (IllegalArgumentException e) {
            t.error(Problem.Kind.INVALID, null, e.getMessage(), null);
            return null;
        }
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

    /** The {@code numaNodes} entries; memory and hugepages stay null when not written. */
    private static List<NumaNodeSpec> extraNumaNodes(YNode list) {
        List<NumaNodeSpec> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        Set<Integer> seen = new HashSet<>();
        for (YNode n : list.items()) {
            if (!n.expectMap()) {
                continue;
            }
            Integer id = req(n, "id");
            Quantity memory = n.has("memory") ? orZero(quantity(n.get("memory"))) : null;
            Map<String, Quantity> hp = n.has("hugepages") ? hugepages(n.get("hugepages")) : null;
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
            out.add(new NumaNodeSpec(id, memory, hp));
        }
        return out;
    }

    private static Quantity orZero(Quantity q) {
        return q == null ? Quantity.ZERO : q;
    }

    /** A memory amount; null when absent, null or negative (the last reported). */
    private static Quantity quantity(YNode q) {
        if (q == null || q.isNull()) {
            return null;
        }
        Quantity v = q.asQuantity();
        if (v != null && v.isNegative()) {
            q.error(Problem.Kind.INVALID, v.text(), "memory must not be negative", null);
            return null;
        }
        return v;
    }

    private static Map<String, Quantity> hugepages(YNode m) {
        Map<String, Quantity> out = new TreeMap<>();
        if (m == null || m.isNull()) {
            return out;
        }
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            if (!e.getKey().startsWith("hugepages-")) {
                e.getValue().error(Problem.Kind.INVALID, e.getKey(),
                        "hugepages sizes are named hugepages-<size>, e.g. hugepages-1Gi", null);
                continue;
            }
            Quantity q = quantity(e.getValue());
            if (q != null) {
                out.put(e.getKey(), q);
            }
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
