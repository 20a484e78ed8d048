package dev.numaadvisor.core.cpu;

import dev.numaadvisor.adapter.checkpoint.CpuCheckpointReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-only reader for the cpu conformance scenarios: just the fields those files use, so the CPU
 * Manager can be checked before the full scenario reader exists.
 */
record CpuConformanceCase(
        String name,
        Machine machine,
        KubeletConfig config,
        CpuManagerCheckpoint checkpoint,
        CpuHarness harness,
        TopologyHint harnessHint,
        List<Pod> pods,
        Map<String, Object> expected) {

    static final Path DIR = Path.of("src/test/resources/conformance/cpu");

    static List<Path> files() throws IOException {
        try (var s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    static CpuConformanceCase load(Path file) throws IOException {
        YNode root = YamlSource.single(file.getFileName().toString(), Files.readString(file));
        YNode node = root.get("node");
        Machine machine = machine(node.get("topology"));
        KubeletConfig config = config(node.get("kubeletConfig"));
        YNode state = node.get("state");
        CpuManagerCheckpoint cp =
                state == null ? null : CpuCheckpointReader.read(state.get("cpuManagerCheckpoint"));
        YNode h = root.get("harness");
        CpuHarness harness = null;
        TopologyHint hint = null;
        if (h != null) {
            YNode reserved = h.get("reservedCPUs");
            harness =
                    new CpuHarness(
                            h.integer("numReservedCPUs", null),
                            reserved == null ? null : reserved.asCpuSet(),
                            h.integer("distributeCPUGroupSize", null));
            YNode th = h.get("topologyHint");
            if (th != null) {
                List<Integer> ids = new ArrayList<>();
                th.get("affinity").items().forEach(i -> ids.add(i.asInt()));
                hint = new TopologyHint(NumaMask.of(ids), th.bool("preferred", false));
            }
        }
        List<Pod> pods = new ArrayList<>();
        YNode podList = root.get("pods");
        if (podList != null && podList.isList()) {
            podList.items().forEach(p -> pods.add(pod(p)));
        }
        root.problems().throwIfAny();
        Map<String, Object> expected = (Map<String, Object>) root.get("expected").toJava();
        return new CpuConformanceCase(
                root.string("name", file.toString()),
                machine,
                config,
                cp,
                harness,
                hint,
                pods,
                expected);
    }

    private static Machine machine(YNode t) {
        List<CpuInfo> cpus = new ArrayList<>();
        for (YNode c : t.get("cpus").items()) {
            int socket = c.integer("socket", 0);
            cpus.add(
                    new CpuInfo(
                            c.integer("id", 0),
                            c.integer("core", 0),
                            socket,
                            c.integer("numaNode", 0),
                            c.integer("uncoreCache", socket)));
        }
        Map<Integer, NumaNode> nodes = new TreeMap<>();
        for (YNode n : t.get("numaNodes").items()) {
            int id = n.integer("id", 0);
            nodes.put(id, new NumaNode(id, n.get("memory").asQuantity().value(), Map.of()));
        }
        return new Machine(new CpuTopology(cpus), nodes, Map.of(), List.of());
    }

    private static KubeletConfig config(YNode k) {
        KubeletConfig d = KubeletConfig.defaults();
        Map<String, Boolean> gates = new TreeMap<>();
        YNode g = k.get("featureGates");
        if (g != null) {
            g.entries().forEach((key, v) -> gates.put(key, v.asBool()));
        }
        YNode opts = k.get("cpuManagerPolicyOptions");
        YNode kube = k.get("kubeReserved");
        YNode sys = k.get("systemReserved");
        return new KubeletConfig(
                k.string("cpuManagerPolicy", d.cpuManagerPolicy()),
                opts == null ? Map.of() : opts.stringMap(),
                d.memoryManagerPolicy(),
                k.string("topologyManagerPolicy", d.topologyManagerPolicy()),
                k.string("topologyManagerScope", d.topologyManagerScope()),
                Map.of(),
                k.string("reservedSystemCPUs", ""),
                kube == null ? Map.of() : kube.quantityMap(),
                sys == null ? Map.of() : sys.quantityMap(),
                d.evictionHard(),
                List.of(),
                gates,
                d.enforceNodeAllocatable(),
                "",
                "");
    }

    private static Pod pod(YNode p) {
        YNode meta = p.get("metadata");
        YNode spec = p.get("spec");
        List<Container> init = new ArrayList<>();
        if (spec.get("initContainers") != null) {
            spec.get("initContainers").items().forEach(c -> init.add(container(c)));
        }
        List<Container> apps = new ArrayList<>();
        spec.get("containers").items().forEach(c -> apps.add(container(c)));
        return new Pod(meta.string("name", null), "default", meta.string("uid", null), init, apps);
    }

    private static Container container(YNode c) {
        YNode res = c.get("resources");
        Map<String, Quantity> req =
                res == null || res.get("requests") == null
                        ? Map.of()
                        : res.get("requests").quantityMap();
        Map<String, Quantity> lim =
                res == null || res.get("limits") == null
                        ? Map.of()
                        : res.get("limits").quantityMap();
        return new Container(
                c.string("name", null), req, lim, "Always".equals(c.string("restartPolicy", "")));
    }

    static CpuSet cpus(Object o) {
        return CpuSet.parse(String.valueOf(o));
    }
}
