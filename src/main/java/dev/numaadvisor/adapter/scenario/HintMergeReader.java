package dev.numaadvisor.adapter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code kind: HintMerge} document (contract, "Hint merge only"). Every problem is
 * collected with its file:line:col and reported at once; unknown fields are errors. The policy
 * name and options are not judged here: a bad one is a kubelet start-up failure, a result.
 */
public final class HintMergeReader {
    public static final String KIND = "HintMerge";
    public static final String API_VERSION = "numa-advisor/v1";
    private static final List<String> FIELDS = List.of("apiVersion", "kind", "name", "description", "source",
            "numaNodes", "policy", "policyOptions", "distances", "providers", "kubernetesVersion", "expected");
    private static final List<String> HINT_FIELDS = List.of("affinity", "preferred");

    private HintMergeReader() {
    }

    /** @throws dev.numaadvisor.core.problem.InputException when the document is not a valid HintMerge */
    public static HintMergeDocument read(String fileName, String text) {
        YNode root = YamlSource.single(fileName, text);
        if (!root.expectMap()) {
            root.problems().throwIfAny();
        }
        header(root);
        String name = root.string("name", null);
        String description = root.string("description", null);
        String source = root.string("source", null);
        List<Integer> nodes = numaNodes(root.require("numaNodes", "list the NUMA node ids, e.g. numaNodes: [0, 1]"));
        YNode policyNode = root.require("policy", "one of none, best-effort, restricted, single-numa-node");
        String policy = policyNode == null ? null : policyNode.asString();
        YNode optionsNode = root.get("policyOptions");
        Map<String, String> options = optionsNode == null || optionsNode.isNull() ? Map.of() : optionsNode.stringMap();
        Map<Integer, Map<Integer, Integer>> distances = DistanceReader.read(root.get("distances"), nodes);
        Map<String, List<TopologyHint>> providers =
                providers(root.require("providers", "give each provider's hints, e.g. cpu: [{affinity: [0], "
                        + "preferred: true}]"), nodes);
        KubeVersion version = KubeVersionReader.read(root.get("kubernetesVersion"));
        YNode expectedNode = root.get("expected");
        JsonNode expected = expectedNode == null ? null : Json.fromJava(expectedNode.toJava());
        root.finish(FIELDS);
        root.problems().throwIfAny();
        return new HintMergeDocument(fileName, name, description, source, nodes, policy, options, distances,
                providers, version, expected);
    }

    private static void header(YNode root) {
        YNode kind = root.require("kind", "write kind: " + KIND);
        if (kind != null && !KIND.equals(kind.scalarOrNull())) {
            kind.error(Problem.Kind.UNSUPPORTED, kind.scalarOrNull(), "this command reads kind " + KIND, null);
        }
        YNode apiVersion = root.get("apiVersion");
        if (apiVersion != null && !API_VERSION.equals(apiVersion.scalarOrNull())) {
            apiVersion.error(Problem.Kind.UNSUPPORTED, apiVersion.scalarOrNull(), "expected " + API_VERSION, null);
        }
    }

    private static List<Integer> numaNodes(YNode node) {
        List<Integer> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (YNode item : node.items()) {
            Integer id = nodeId(item);
            if (id == null) {
                continue;
            }
            if (out.contains(id)) {
                item.error(Problem.Kind.DUPLICATE, id.toString(), "NUMA node listed twice", null);
            } else {
                out.add(id);
            }
        }
        if (out.isEmpty() && node.isList()) {
            node.error(Problem.Kind.INVALID, null, "a machine has at least one NUMA node", null);
        }
        return out;
    }

    /** A NUMA node id 0-63 (the kubelet's 64-bit mask), or null after reporting a problem. */
    static Integer nodeId(YNode item) {
        Integer id = item.asInt();
        if (id != null && (id < 0 || id > NumaMask.MAX_NUMA_ID)) {
            item.error(Problem.Kind.INVALID, id.toString(), "NUMA node ids go from 0 to 63", null);
            return null;
        }
        return id;
    }

    private static Map<String, List<TopologyHint>> providers(YNode node, List<Integer> nodes) {
        Map<String, List<TopologyHint>> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        for (Map.Entry<String, YNode> entry : node.entries().entrySet()) {
            YNode value = entry.getValue();
            if (value.isNull()) {
                out.put(entry.getKey(), null);
                continue;
            }
            List<TopologyHint> hints = new ArrayList<>();
            for (YNode item : value.items()) {
                TopologyHint hint = hint(item, nodes);
                if (hint != null) {
                    hints.add(hint);
                }
            }
            out.put(entry.getKey(), hints);
        }
        return out;
    }

    private static TopologyHint hint(YNode item, List<Integer> nodes) {
        if (!item.expectMap()) {
            return null;
        }
        YNode affinityNode = item.require("affinity", "a list of NUMA node ids, or null for any node");
        YNode preferredNode = item.require("preferred", "true or false");
        item.finish(HINT_FIELDS);
        NumaMask affinity = affinityNode == null || affinityNode.isNull() ? null : affinity(affinityNode, nodes);
        Boolean preferred = preferredNode == null ? null : preferredNode.asBool();
        if (preferred == null || affinityNode == null || (affinity == null && !affinityNode.isNull())) {
            return null;
        }
        return new TopologyHint(affinity, preferred);
    }

    private static NumaMask affinity(YNode node, List<Integer> nodes) {
        List<Integer> ids = new ArrayList<>();
        boolean ok = true;
        for (YNode item : node.items()) {
            Integer id = nodeId(item);
            if (id == null) {
                ok = false;
            } else if (!nodes.isEmpty() && !nodes.contains(id)) {
                item.error(Problem.Kind.INVALID, id.toString(), "not one of the numaNodes " + nodes, null);
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok && node.isList() ? NumaMask.of(ids) : null;
    }
}
