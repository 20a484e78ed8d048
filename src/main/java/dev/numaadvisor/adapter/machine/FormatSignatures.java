package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.problem.InputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What each format's content looks like: for a file, every format whose signature it carries,
 * each with the words that say why. A signature is a fact about the text, never a guess from its
 * name; the name only breaks ties (see {@link FormatDetector}).
 */
final class FormatSignatures {
    private static final Pattern PARSE_ROW = Pattern.compile("[0-9,:\\-YNyn]+");
    private static final Pattern SYSFS_LINE = Pattern.compile("^\\S*(devices/system/(node|cpu)|bus/pci/devices)/\\S*:.*");
    private static final Pattern MEMINFO_LINE = Pattern.compile("^Node \\d+ [A-Za-z_()]+:\\s+\\d+.*");

    private FormatSignatures() {
    }

    static Map<InputFormat, String> match(SourceText source) {
        Map<InputFormat, String> out = new EnumMap<>(InputFormat.class);
        String text = source.text();
        List<String> lines = nonBlank(source.lines());
        if (lines.isEmpty()) {
            return out;
        }
        structured(text, out);
        if (!out.isEmpty()) {
            return out;
        }
        String first = lines.get(0);
        for (String l : lines) {
            String t = l.trim();
            if (t.startsWith("CPU(s):") || t.startsWith("Architecture:")) {
                out.putIfAbsent(InputFormat.LSCPU, "a \"" + t.substring(0, t.indexOf(':') + 1) + "\" line");
            }
            if (t.startsWith("# CPU,")) {
                out.put(InputFormat.LSCPU_PARSE, "a \"# CPU,…\" column header");
            }
            if (t.matches("available: \\d+ nodes?.*") || t.matches("node \\d+ cpus:.*")) {
                out.putIfAbsent(InputFormat.NUMACTL, "an \"" + t.split(":")[0] + ":\" line");
            }
            if (SYSFS_LINE.matcher(t).matches() || MEMINFO_LINE.matcher(t).matches()) {
                out.putIfAbsent(InputFormat.SYSFS, "sysfs lines such as \"" + clip(t) + "\"");
            }
            if (t.startsWith("Machine (") || t.matches("(Package|PU|NUMANode) [LP]#\\d+.*")) {
                out.putIfAbsent(InputFormat.LSTOPO, "hwloc objects such as \"" + clip(t) + "\"");
            }
            if (l.equals("Capacity:") || l.equals("Allocatable:")) {
                out.putIfAbsent(InputFormat.KUBECTL_DESCRIBE_NODE, "a \"" + l + "\" block");
            }
            if (l.startsWith("Events:") && !text.contains("\nCapacity:") && !text.startsWith("Capacity:")) {
                out.putIfAbsent(InputFormat.KUBECTL_DESCRIBE_POD, "an \"Events:\" block");
            }
        }
        table(first, lines, out);
        return out;
    }

    /** Formats recognised by their first line or by every line. */
    private static void table(String first, List<String> lines, Map<InputFormat, String> out) {
        if (first.trim().matches("CPU\\s+(NODE|SOCKET|CORE)\\b.*")) {
            out.put(InputFormat.LSCPU_EXTENDED, "a \"CPU NODE SOCKET CORE …\" header row");
        }
        if (first.startsWith("\t") && (first.contains("GPU") || first.contains("Affinity"))) {
            out.put(InputFormat.NVIDIA_SMI_TOPO, "a tab-separated GPU matrix header");
        }
        if (first.contains("REASON") && first.contains("OBJECT") && first.contains("MESSAGE")) {
            out.put(InputFormat.KUBECTL_EVENTS, "a \"LAST SEEN  TYPE  REASON  OBJECT  MESSAGE\" header");
        }
        if (first.matches("(NAMESPACE\\s+)?NAME\\s+READY\\s+STATUS\\b.*")) {
            out.put(InputFormat.KUBECTL_GET_PODS, "a \"NAME  READY  STATUS\" header");
        }
        boolean csv = lines.stream().allMatch(l -> l.startsWith("#") || PARSE_ROW.matcher(l.trim()).matches())
                && lines.stream().anyMatch(l -> !l.startsWith("#") && l.chars().filter(c -> c == ',').count() >= 3);
        if (csv) {
            out.putIfAbsent(InputFormat.LSCPU_PARSE, "comma-separated CPU rows");
        }
    }

    /** JSON and YAML documents, recognised by kind or by their top-level keys. */
    private static void structured(String text, Map<InputFormat, String> out) {
        String t = text.stripLeading();
        boolean json = t.startsWith("{");
        boolean yaml = t.startsWith("apiVersion:") || t.startsWith("kind:") || t.startsWith("status:")
                || t.startsWith("#") || t.startsWith("---") || t.contains("\nkind:") || t.contains("\napiVersion:");
        if (!json && !yaml) {
            return;
        }
        List<YNode> docs;
        try {
            docs = YamlSource.documents("detect", text);
        } catch (InputException e) {
            return;
        }
        for (YNode doc : docs) {
            if (doc.isMap()) {
                document(doc, out);
            }
        }
    }

    private static void document(YNode doc, Map<InputFormat, String> out) {
        String kind = doc.has("kind") && doc.get("kind").isScalar() ? doc.get("kind").scalarOrNull() : "";
        if (doc.has("lscpu") || doc.has("cpus") && !doc.has("kind")) {
            out.put(InputFormat.LSCPU_JSON, "a JSON \"" + (doc.has("lscpu") ? "lscpu" : "cpus") + "\" list");
        } else if (doc.has("policyName") && doc.has("defaultCpuSet")) {
            out.put(InputFormat.CPU_MANAGER_CHECKPOINT, "\"policyName\" and \"defaultCpuSet\" keys");
        } else if (doc.has("policyName") && (doc.has("machineState") || doc.has("entries"))) {
            out.put(InputFormat.MEMORY_MANAGER_CHECKPOINT, "\"policyName\" and \"machineState\" keys");
        } else if (doc.has("kubeletconfig")) {
            out.put(InputFormat.KUBELET_CONFIGZ, "a \"kubeletconfig\" wrapper (configz)");
        } else if (kind.equals("KubeletConfiguration")) {
            out.put(InputFormat.KUBELET_CONFIG, "kind: KubeletConfiguration");
        } else if (kind.equals("NodeResourceTopology")) {
            out.put(InputFormat.NODE_RESOURCE_TOPOLOGY, "kind: NodeResourceTopology");
        } else if (kind.equals("Node") || kind.equals("List") && listOf(doc, "Node")) {
            out.put(InputFormat.KUBECTL_NODE_YAML, "kind: Node");
        } else if (kind.equals("Pod") || kind.equals("List") && listOf(doc, "Pod")) {
            out.put(InputFormat.KUBECTL_POD_YAML, "kind: Pod");
        } else if (kind.isEmpty() && doc.has("status") && doc.get("status").isMap()
                && doc.get("status").has("phase")) {
            out.put(InputFormat.KUBECTL_POD_YAML, "a pod status stanza (status.phase)");
        }
    }

    private static boolean listOf(YNode list, String kind) {
        YNode items = list.get("items");
        if (items == null || !items.isList()) {
            return false;
        }
        List<YNode> all = new ArrayList<>(items.items());
        return !all.isEmpty() && all.stream().allMatch(i -> i.isMap() && kind.equals(i.string("kind", "")));
    }

    private static List<String> nonBlank(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() <= 50 ? s : s.substring(0, 47) + "...";
    }
}
