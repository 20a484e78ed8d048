package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.adapter.checkpoint.CpuCheckpointReader;
import dev.numaadvisor.adapter.checkpoint.MemoryCheckpointReader;
import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
import dev.numaadvisor.adapter.kubelet.KubeletConfigReader;
import dev.numaadvisor.adapter.pod.PodDocument;
import dev.numaadvisor.adapter.pod.PodReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.admission.Event;
import dev.numaadvisor.core.admission.Harness;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a {@code kind: Scenario} document per the contract. Every problem in the file is
 * collected and reported at once (file:line:col); unknown fields are errors.
 */
public final class ScenarioReader {
    public static final String API_VERSION = "numa-advisor/v1";
    private static final List<String> TOP = List.of("apiVersion", "kind", "name", "description", "source",
            "expected", "node", "pods", "events", "harness", "kubernetesVersion");

    /** The keys of {@code node:} and of {@code node.state:}. */
    public static final List<String> NODE_FIELDS = List.of("topology", "devices", "kubeletConfig",
            "kubeletConfigFile", "state", "extendedResources");
    public static final List<String> STATE_FIELDS = List.of("cpuManagerCheckpoint", "memoryManagerCheckpoint",
            "pods");

    private ScenarioReader() {
    }

    /**
     * The Scenario's own shape, for readers that take its parts one by one (lint): apiVersion,
     * unknown fields at the top, in {@code node} and {@code node.state}, and {@code node} a
     * mapping. Problems go to the document's list; what the parts hold is not read here.
     */
    public static void checkOwnFields(YNode doc) {
        checkApiVersion(doc);
        doc.allow(TOP.toArray(new String[0]));
        doc.finish(TOP);
        YNode node = doc.get("node");
        if (node != null && node.expectMap()) {
            node.allow(NODE_FIELDS.toArray(new String[0]));
            node.finish(NODE_FIELDS);
            YNode state = node.get("state");
            if (state != null && state.expectMap()) {
                state.allow(STATE_FIELDS.toArray(new String[0]));
                state.finish(STATE_FIELDS);
            }
        }
    }

    private static void checkApiVersion(YNode doc) {
        String api = doc.string("apiVersion", API_VERSION);
        if (!API_VERSION.equals(api)) {
            doc.get("apiVersion").error(Problem.Kind.UNSUPPORTED, api, "expected " + API_VERSION, null);
        }
    }

    /** {@code loader} reads files named by {@code kubeletConfigFile}, relative to the scenario. */
    public static ScenarioDocument read(String fileName, String text, Function<String, String> loader) {
        YNode doc = YamlSource.single(fileName, text);
        return read(doc, fileName, loader);
    }

    public static ScenarioDocument read(YNode doc, String fileName, Function<String, String> loader) {
        if (!doc.expectMap()) {
            doc.problems().throwIfAny();
        }
        String kind = doc.string("kind", null);
        if (!"Scenario".equals(kind)) {
            doc.error(Problem.Kind.INVALID, kind, "expected kind: Scenario", "merge files use `numa-advisor merge`");
        }
        checkApiVersion(doc);
        String name = doc.string("name", fileName);
        doc.allow("description", "source");
        YNode expectedNode = doc.get("expected");
        Object expected = expectedNode == null ? null : expectedNode.toJava();
        KubeVersion version = KubeVersionReader.read(doc.get("kubernetesVersion"));
        YNode node = doc.require("node", "a scenario needs a node: topology and kubeletConfig");
        NodeParts parts = node == null ? new NodeParts() : readNode(node, loader);
        List<PodDocument> podDocs = pods(doc.get("pods"));
        List<Event> events = events(doc.get("events"));
        YNode harnessNode = doc.get("harness");
        Harness harness = harness(harnessNode);
        doc.finish(TOP);
        doc.problems().throwIfAny();
        List<Pod> pods = new ArrayList<>();
        podDocs.forEach(p -> pods.add(p.pod()));
        KubeletConfig config = parts.config == null ? KubeletConfig.defaults() : parts.config.config();
        SimulationInput input = new SimulationInput(parts.machine, config,
                parts.config == null ? null : parts.config.decodeFailureMessage(), version, harness,
                parts.cpuCheckpoint, parts.memoryCheckpoint, parts.runningPods, pods, events,
                parts.extendedResources);
        return new ScenarioDocument(name, fileName, input, parts.hardware, parts.config, podDocs, expected,
                harnessNode != null);
    }

    /** The parts of {@code node:}. */
    private static final class NodeParts {
        Machine machine;
        NodeHardware hardware;
        KubeletConfigDocument config;
        CpuManagerCheckpoint cpuCheckpoint;
        MemoryManagerCheckpoint memoryCheckpoint;
        List<Pod> runningPods = new ArrayList<>();
        Map<String, Long> extendedResources = Map.of();
    }

    private static NodeParts readNode(YNode node, Function<String, String> loader) {
        NodeParts parts = new NodeParts();
        if (!node.expectMap()) {
            return parts;
        }
        parts.hardware = MachineReader.readHardware(node.require("topology", "describe the CPUs and NUMA nodes"),
                node.get("devices"));
        parts.machine = parts.hardware == null ? null : parts.hardware.machine();
        YNode inline = node.get("kubeletConfig");
        String file = node.string("kubeletConfigFile", null);
        if (inline != null && file != null) {
            inline.error(Problem.Kind.INVALID, null, "give kubeletConfig or kubeletConfigFile, not both", null);
        } else if (inline != null) {
            parts.config = KubeletConfigReader.read(inline);
        } else if (file != null) {
            String text = loader.apply(file);
            if (text == null) {
                node.get("kubeletConfigFile").error(Problem.Kind.INVALID, file, "cannot read this file",
                        "paths are relative to the scenario file");
            } else {
                parts.config = KubeletConfigReader.read(YamlSource.single(file, text));
            }
        }
        YNode state = node.get("state");
        if (state != null && state.expectMap()) {
            YNode cpu = state.get("cpuManagerCheckpoint");
            parts.cpuCheckpoint = cpu == null ? null : CpuCheckpointReader.read(cpu);
            YNode mem = state.get("memoryManagerCheckpoint");
            parts.memoryCheckpoint = mem == null ? null : MemoryCheckpointReader.read(mem);
            for (PodDocument p : pods(state.get("pods"))) {
                parts.runningPods.add(p.pod());
            }
            state.finish(STATE_FIELDS);
        }
        parts.extendedResources = extendedResources(node.get("extendedResources"));
        node.finish(NODE_FIELDS);
        return parts;
    }

    /** {@code node.extendedResources}: whole counts of extended resources the node advertises itself. */
    private static Map<String, Long> extendedResources(YNode map) {
        Map<String, Long> out = new TreeMap<>();
        if (map == null || map.isNull() || !map.expectMap()) {
            return out;
        }
        map.quantityMap().forEach((name, q) -> {
            if (!Resources.isExtended(name)) {
                map.get(name).error(Problem.Kind.INVALID, name, "not an extended resource name",
                        "use a domain-qualified name outside kubernetes.io, e.g. example.com/dongle");
            } else if (q.isNegative() || !q.isWhole()) {
                map.get(name).error(Problem.Kind.INVALID, q.toString(), "an extended resource is a whole count",
                        null);
            } else {
                out.put(name, q.value());
            }
        });
        return out;
    }

    private static List<PodDocument> pods(YNode list) {
        List<PodDocument> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        for (YNode p : list.items()) {
            if (p.expectMap()) {
                out.add(PodReader.read(p));
            }
        }
        return out;
    }

    private static List<Event> events(YNode list) {
        List<Event> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        for (YNode e : list.items()) {
            if (!e.expectMap()) {
                continue;
            }
            YNode remove = e.get("remove");
            YNode admit = e.get("admit");
            e.finish(List.of("remove", "admit"));
            if ((remove == null) == (admit == null)) {
                e.error(Problem.Kind.INVALID, null, "an event is either {remove: {pod, container}} or {admit: <Pod>}", null);
            } else if (remove != null && remove.expectMap()) {
                String pod = remove.string("pod", null);
                String container = remove.string("container", null);
                remove.finish(List.of("pod", "container"));
                if (pod == null) {
                    remove.error(Problem.Kind.REQUIRED, null, "remove needs the pod's name", null);
                } else {
                    out.add(new Event.Remove(pod, container));
                }
            } else if (admit != null && admit.expectMap()) {
                out.add(new Event.Admit(PodReader.read(admit).pod()));
            }
        }
        return out;
    }

    private static Harness harness(YNode h) {
        if (h == null || h.isNull() || !h.expectMap()) {
            return Harness.NONE;
        }
        Integer numReserved = h.integer("numReservedCPUs", null);
        YNode reservedNode = h.get("reservedCPUs");
        YNode hintNode = h.get("topologyHint");
        TopologyHint hint = hintNode == null ? null : hint(hintNode);
        boolean skip = h.bool("skipStateValidation", false);
        Integer group = h.integer("distributeCPUGroupSize", null);
        h.finish(List.of("numReservedCPUs", "reservedCPUs", "topologyHint", "skipStateValidation",
                "distributeCPUGroupSize"));
        return new Harness(numReserved, reservedNode == null ? null : reservedNode.asCpuSet(), hint, skip, group);
    }

    /** A hint written {affinity: [0,1] | null, preferred: bool}. */
    public static TopologyHint hint(YNode n) {
        if (!n.expectMap()) {
            return null;
        }
        YNode aff = n.require("affinity", "write affinity: [0] or affinity: null");
        Boolean preferred = n.bool("preferred", null);
        if (preferred == null && !n.has("preferred")) {
            n.error(Problem.Kind.REQUIRED, null, "a hint needs preferred: true|false", null);
        }
        n.finish(List.of("affinity", "preferred"));
        NumaMask mask = null;
        if (aff != null && !aff.isNull()) {
            List<Integer> ids = new ArrayList<>();
            for (YNode i : aff.items()) {
                Integer id = i.asInt();
                if (id != null && (id < 0 || id > 63)) {
                    i.error(Problem.Kind.INVALID, String.valueOf(id), "bit number must be in range 0-63", null);
                } else if (id != null) {
                    ids.add(id);
                }
            }
            mask = NumaMask.of(ids);
        }
        return new TopologyHint(mask, preferred != null && preferred);
    }
}
