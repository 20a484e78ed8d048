package dev.numaadvisor.adapter.fleet;

import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
import dev.numaadvisor.adapter.kubelet.KubeletConfigReader;
import dev.numaadvisor.adapter.scenario.MachineReader;
import dev.numaadvisor.adapter.scenario.KubeVersionReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.fleet.FleetConfig;
import dev.numaadvisor.core.fleet.FleetSpec;
import dev.numaadvisor.core.fleet.NodeShape;
import dev.numaadvisor.core.fleet.PodTemplate;
import dev.numaadvisor.core.fleet.Scoring;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a FLEET.yaml (docs/FLEET.md) into a {@link FleetSpec}. Every problem carries
 * file:line:col; unknown fields are errors, with a "did you mean" when one is close.
 */
public final class FleetReader {
    public static final String API_VERSION = "numa-advisor/v1";
    public static final String KIND = "Fleet";
    private static final List<String> TOP = List.of("apiVersion", "kind", "name", "description", "seed",
            "kubernetesVersion", "pool", "workload", "scheduler", "kubeletConfig", "configs");
    private static final List<String> POOL = List.of("fragmentation", "nodes");
    private static final List<String> NODE = List.of("name", "count", "topology", "devices", "devicesPerNumaNode");
    private static final List<String> WORKLOAD = List.of("steps", "retryLimit", "pods");
    private static final List<String> SCHEDULER = List.of("scoring", "numaAware", "percentageOfNodesToScore");
    static final int DEFAULT_RETRY_LIMIT = 3;

    private FleetReader() {
    }

    /** @throws dev.numaadvisor.core.problem.InputException listing every problem found */
    public static FleetSpec read(String fileName, String text) {
        YNode doc = YamlSource.single(fileName, text);
        FleetSpec spec = read(doc);
        doc.problems().throwIfAny();
        return spec;
    }

    private static FleetSpec read(YNode doc) {
        if (!doc.expectMap()) {
            return null;
        }
        header(doc);
        String name = doc.string("name", "fleet");
        doc.string("description", null);
        Integer seed = doc.integer("seed", 1);
        KubeVersion version = KubeVersionReader.read(doc.get("kubernetesVersion"));
        YNode pool = doc.require("pool", "describe the nodes: pool: {nodes: [...]}");
        int fragmentation = 0;
        List<NodeShape> shapes = new ArrayList<>();
        if (pool != null && pool.expectMap()) {
            fragmentation = percent(pool.get("fragmentation"));
            shapes = shapes(pool.require("nodes", "list the node shapes"));
            pool.finish(POOL);
        }
        YNode workload = doc.require("workload", "describe the pods: workload: {pods: [...]}");
        int steps = 0;
        int retryLimit = DEFAULT_RETRY_LIMIT;
        List<PodTemplate> templates = new ArrayList<>();
        if (workload != null && workload.expectMap()) {
            steps = nonNegative(workload, "steps", 0);
            retryLimit = nonNegative(workload, "retryLimit", DEFAULT_RETRY_LIMIT);
            templates = PodTemplateReader.readAll(workload.require("pods", "list the pod templates"), steps > 0);
            workload.finish(WORKLOAD);
        }
        Scoring scoring = Scoring.LEAST_ALLOCATED;
        boolean numaAware = false;
        int percentageOfNodesToScore = 0;
        YNode scheduler = doc.get("scheduler");
        if (scheduler != null && scheduler.expectMap()) {
            scoring = scoring(scheduler);
            numaAware = Boolean.TRUE.equals(scheduler.bool("numaAware", false));
            percentageOfNodesToScore = nonNegative(scheduler, "percentageOfNodesToScore", 0);
            scheduler.finish(SCHEDULER);
        }
        KubeletConfig base = baseConfig(doc.get("kubeletConfig"));
        List<FleetConfig> configs = FleetConfigReader.readAll(doc.require("configs", "list the configs to compare"),
                base);
        doc.finish(TOP);
        if (doc.problems().any()) {
            return null;
        }
        return new FleetSpec(name, shapes, templates, configs, scoring, numaAware, percentageOfNodesToScore, steps, fragmentation, retryLimit,
                seed, version);
    }

    private static void header(YNode doc) {
        String api = doc.string("apiVersion", null);
        String kind = doc.string("kind", null);
        if (api != null && !API_VERSION.equals(api)) {
            doc.get("apiVersion").error(Problem.Kind.UNSUPPORTED, api, "apiVersion must be " + API_VERSION, null);
        }
        if (kind != null && !KIND.equals(kind)) {
            doc.get("kind").error(Problem.Kind.UNSUPPORTED, kind, "kind must be " + KIND, null);
        }
    }

    private static Scoring scoring(YNode scheduler) {
        String s = scheduler.string("scoring", Scoring.LEAST_ALLOCATED.kubeName());
        Scoring scoring = Scoring.fromKubeName(s);
        if (scoring == null) {
            scheduler.get("scoring").error(Problem.Kind.UNSUPPORTED, s, "unknown scoring strategy",
                    "use LeastAllocated or MostAllocated");
            return Scoring.LEAST_ALLOCATED;
        }
        return scoring;
    }

    /** The shared KubeletConfiguration fields; fields the kubelet would ignore are errors here. */
    private static KubeletConfig baseConfig(YNode node) {
        if (node == null || node.isNull()) {
            return KubeletConfig.defaults();
        }
        KubeletConfigDocument d = KubeletConfigReader.read(node);
        for (Problem p : d.ignoredFields()) {
            node.problems().add(p);
        }
        for (Problem p : d.decodeErrors()) {
            node.problems().add(p);
        }
        return d.config();
    }

    private static List<NodeShape> shapes(YNode list) {
        List<NodeShape> out = new ArrayList<>();
        if (list == null || !list.isList()) {
            if (list != null) {
                list.error(Problem.Kind.INVALID, null, "nodes must be a list", null);
            }
            return out;
        }
        Set<String> names = new HashSet<>();
        for (YNode n : list.items()) {
            if (!n.expectMap()) {
                continue;
            }
            String name = n.string("name", "node-" + out.size());
            if (!names.add(name)) {
                n.get("name").error(Problem.Kind.DUPLICATE, name, "node shape listed twice", null);
            }
            int count = nonNegative(n, "count", 1);
            Machine m = MachineReader.read(n.require("topology", "describe the CPUs and NUMA nodes"),
                    n.get("devices"));
            Map<String, String> perNuma = n.has("devicesPerNumaNode") ? n.get("devicesPerNumaNode").stringMap()
                    : Map.of();
            n.finish(NODE);
            if (m != null) {
                out.add(new NodeShape(name, withDevices(m, perNuma, n), count));
            }
        }
        return out;
    }

    /** {@code devicesPerNumaNode: {nvidia.com/gpu: 2}}: that many devices on every NUMA node. */
    private static Machine withDevices(Machine m, Map<String, String> perNuma, YNode n) {
        if (perNuma.isEmpty()) {
            return m;
        }
        List<Device> devices = new ArrayList<>(m.devices());
        for (Map.Entry<String, String> e : perNuma.entrySet()) {
            int count;
            try {
                count = Integer.parseInt(e.getValue().trim());
            } catch (NumberFormatException ex) {
                n.get("devicesPerNumaNode").error(Problem.Kind.INVALID, e.getValue(), "expected a device count", null);
                continue;
            }
            String prefix = e.getKey().substring(e.getKey().indexOf('/') + 1);
            for (int numa : m.numaNodeIds()) {
                for (int i = 0; i < count; i++) {
                    devices.add(new Device(e.getKey(), prefix + "-" + numa + "-" + i, numa));
                }
            }
        }
        return new Machine(m.topology(), m.numaNodes(), m.distances(), devices);
    }

    static int nonNegative(YNode n, String key, int fallback) {
        Integer v = n.integer(key, fallback);
        if (v == null || v < 0) {
            n.get(key).error(Problem.Kind.INVALID, String.valueOf(v), key + " must be 0 or more", null);
            return fallback;
        }
        return v;
    }

    /** "30%" or 30. */
    private static int percent(YNode n) {
        if (n == null || n.isNull()) {
            return 0;
        }
        String s = n.asString();
        try {
            int v = Integer.parseInt(s.endsWith("%") ? s.substring(0, s.length() - 1).trim() : s.trim());
            if (v < 0 || v > 90) {
                n.error(Problem.Kind.INVALID, s, "fragmentation must be between 0% and 90%", null);
                return 0;
            }
            return v;
        } catch (NumberFormatException e) {
            n.error(Problem.Kind.INVALID, s, "fragmentation is a percentage such as 30%", null);
            return 0;
        }
    }
}
