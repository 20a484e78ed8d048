package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a merged node as a {@code kind: Scenario} document (contract v1) in the explicit form:
 * one {@code topology.cpus} entry per CPU, {@code numaNodes} with Kubernetes quantities, the
 * distance matrix (or map form for non-contiguous ids), devices, and the kubelet config and
 * checkpoints as read. Comments at the top say which file gave what, what was assumed and every
 * finding. Same input, same bytes.
 */
public final class ScenarioYamlWriter {
    private static final int WIDTH = 100;

    private ScenarioYamlWriter() {
    }

    public static String write(List<ImportedFile> files, MergedNode node) {
        StringBuilder out = new StringBuilder();
        ScenarioHeader.write(out, files, node, WIDTH);
        out.append("apiVersion: numa-advisor/v1\nkind: Scenario\nname: imported-node\n");
        out.append("source: ").append(quote("numa-advisor import of " + names(files))).append('\n');
        if (node.kubernetesVersion() != null) {
            out.append("kubernetesVersion: ").append(quote(node.kubernetesVersion())).append('\n');
        }
        out.append("node:\n  topology:\n");
        cpus(out, node);
        numaNodes(out, node);
        if (node.distances().keySet().equals(node.numaNodes().keySet())) {
            distances(out, node.distances());
        } else if (!node.distances().isEmpty()) {
            out.append("    # distances omitted: the source gives them for NUMA nodes ")
                    .append(node.distances().keySet()).append(", the topology has ").append(node.numaNodes().keySet())
                    .append('\n');
        }
        devices(out, node.devices());
        if (node.kubeletConfig() != null) {
            out.append("  kubeletConfig:\n").append(block(node.kubeletConfig().content(), 4));
        }
        state(out, node);
        if (node.replayPods().isEmpty()) {
            out.append("pods: []\n");
        } else {
            out.append("pods:\n").append(block(node.replayPods(), 2));
        }
        return out.toString();
    }

    private static void cpus(StringBuilder out, MergedNode node) {
        if (node.cpus().isEmpty()) {
            out.append("    cpus: []   # no source describes the CPUs\n");
            return;
        }
        out.append("    cpus:\n");
        for (CpuFact c : node.cpus()) {
            out.append("      - {id: ").append(c.id()).append(", core: ").append(c.core()).append(", socket: ")
                    .append(c.socket()).append(", numaNode: ").append(c.numaNode());
            if (c.uncoreCache() != null) {
                out.append(", uncoreCache: ").append(c.uncoreCache());
            }
            out.append("}\n");
        }
    }

    private static void numaNodes(StringBuilder out, MergedNode node) {
        out.append("    numaNodes:\n");
        for (MergedNode.MergedNuma n : node.numaNodes().values()) {
            out.append("      - {id: ").append(n.id()).append(", memory: ")
                    .append(n.memoryBytes() == null ? "0" : KubeQuantities.bytes(n.memoryBytes()));
            if (!n.hugepagesBytes().isEmpty()) {
                List<String> parts = new ArrayList<>();
                n.hugepagesBytes().forEach((res, b) -> parts.add(res + ": " + KubeQuantities.bytes(b)));
                out.append(", hugepages: {").append(String.join(", ", parts)).append('}');
            }
            out.append('}').append(n.memoryBytes() == null ? "   # memory unknown" : "").append('\n');
        }
    }

    /** Matrix form when the ids are 0..n-1, map form otherwise; omitted when rows are incomplete. */
    private static void distances(StringBuilder out, Map<Integer, Map<Integer, Integer>> d) {
        if (d.isEmpty()) {
            return;
        }
        List<Integer> ids = new ArrayList<>(d.keySet());
        for (Map<Integer, Integer> row : d.values()) {
            if (!row.keySet().containsAll(ids)) {
                out.append("    # distances omitted: the source's matrix is incomplete\n");
                return;
            }
        }
        boolean dense = ids.get(ids.size() - 1) == ids.size() - 1;
        out.append("    distances:").append(dense ? "\n" : " {\n");
        for (int i = 0; i < ids.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (int to : ids) {
                cells.add(Integer.toString(d.get(ids.get(i)).get(to)));
            }
            String row = "[" + String.join(", ", cells) + "]";
            out.append(dense ? "      - " + row : "      " + ids.get(i) + ": " + row
                    + (i + 1 < ids.size() ? "," : "")).append('\n');
        }
        if (!dense) {
            out.append("    }\n");
        }
    }

    private static void devices(StringBuilder out, List<Device> devices) {
        if (devices.isEmpty()) {
            return;
        }
        out.append("  devices:\n");
        for (Device d : devices) {
            out.append("    - {resource: ").append(d.resource()).append(", id: ").append(quote(d.id()));
            out.append(d.numaNode() == null ? "}   # no NUMA affinity\n" : ", numaNode: " + d.numaNode() + "}\n");
        }
    }

    private static void state(StringBuilder out, MergedNode node) {
        if (node.cpuManagerCheckpoint() == null && node.memoryManagerCheckpoint() == null
                && node.runningPods().isEmpty()) {
            return;
        }
        out.append("  state:\n");
        if (node.cpuManagerCheckpoint() != null) {
            out.append("    cpuManagerCheckpoint:\n").append(block(node.cpuManagerCheckpoint().content(), 6));
        }
        if (node.memoryManagerCheckpoint() != null) {
            out.append("    memoryManagerCheckpoint:\n").append(block(node.memoryManagerCheckpoint().content(), 6));
        }
        if (!node.runningPods().isEmpty()) {
            out.append("    pods:\n").append(block(node.runningPods(), 6));
        }
    }

    /** Block-style YAML of plain Java data, every line indented by {@code indent} spaces. */
    static String block(Object data, int indent) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setWidth(1000);
        o.setSplitLines(false);
        String text = new Yaml(o).dump(data);
        StringBuilder sb = new StringBuilder();
        String pad = " ".repeat(indent);
        for (String line : text.split("\n")) {
            sb.append(pad).append(line).append('\n');
        }
        return sb.toString();
    }

    /** A string as a YAML scalar: plain when it cannot read as a number, bool or null. */
    static String quote(String s) {
        boolean plain = s.matches("[A-Za-z_][A-Za-z0-9_./-]*")
                && !s.matches("(?i)true|false|yes|no|on|off|null|y|n");
        return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String names(List<ImportedFile> files) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.fileName()));
        return String.join(", ", out);
    }
}
