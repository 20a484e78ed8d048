package dev.numaadvisor.adapter.checkpoint;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the kubelet's {@code cpu_manager_state} (a whole JSON file, or the {@code
 * cpuManagerCheckpoint} value inside a scenario) into a {@link CpuManagerCheckpoint}. Field names
 * match case-insensitively, as Go's JSON decoder matches them ({@code defaultCPUSet} in the
 * kubelet's tests); unknown fields, a bad cpuset or a wrong shape are problems with file:line:col.
 * A missing or 0 checksum means "not checked".
 */
public final class CpuCheckpointReader {
    static final String POLICY_NAME = "policyName";
    static final String DEFAULT_CPU_SET = "defaultCpuSet";
    static final String ENTRIES = "entries";
    static final String CHECKSUM = "checksum";
    private static final List<String> FIELDS =
            List.of(POLICY_NAME, DEFAULT_CPU_SET, ENTRIES, CHECKSUM);
    private static final long MAX_CHECKSUM = 0xffffffffL;

    private CpuCheckpointReader() {}

    /** A whole {@code cpu_manager_state} file; throws an InputException listing every problem. */
    public static CpuManagerCheckpoint readFile(String fileName, String text) {
        YNode root = YamlSource.single(fileName, text);
        CpuManagerCheckpoint cp = read(root);
        root.problems().throwIfAny();
        return cp;
    }

    /** Problems go to the node's collector; returns null when the checkpoint is unusable. */
    public static CpuManagerCheckpoint read(YNode node) {
        if (node == null || !node.expectMap()) {
            return null;
        }
        Map<String, YNode> fields = fieldsIgnoringCase(node);
        node.finish(FIELDS);
        YNode policy = fields.get(POLICY_NAME);
        if (policy == null) {
            node.problems()
                    .add(
                            Problem.Kind.REQUIRED,
                            child(node, POLICY_NAME),
                            node.position(),
                            null,
                            "this field is required",
                            "the kubelet writes \"none\" or \"static\" here");
        }
        String policyName = policy == null ? null : policy.asString();
        CpuSet defaultSet =
                fields.containsKey(DEFAULT_CPU_SET)
                        ? cpuSet(fields.get(DEFAULT_CPU_SET))
                        : CpuSet.empty();
        Map<String, Map<String, CpuSet>> entries = entries(fields.get(ENTRIES));
        long checksum = checksum(fields.get(CHECKSUM));
        if (policyName == null || defaultSet == null || entries == null || checksum < 0) {
            return null;
        }
        return new CpuManagerCheckpoint(policyName, defaultSet, entries, checksum);
    }

    /** Each known field by its canonical name, whatever its spelling's case. */
    private static Map<String, YNode> fieldsIgnoringCase(YNode node) {
        Map<String, YNode> out = new TreeMap<>();
        for (String key : node.keys()) {
            for (String field : FIELDS) {
                if (!field.equalsIgnoreCase(key)) {
                    continue;
                }
                YNode value = node.get(key);
                if (out.containsKey(field)) {
                    node.problems()
                            .add(
                                    Problem.Kind.DUPLICATE,
                                    child(node, key),
                                    node.keyPosition(key),
                                    key,
                                    "\""
                                            + field
                                            + "\" is already given (field names match without"
                                            + " regard to case)",
                                    "keep one of the two entries");
                    continue;
                }
                out.put(field, value);
            }
        }
        return out;
    }

    private static CpuSet cpuSet(YNode n) {
        if (n.isNull()) {
            return CpuSet.empty();
        }
        if (!n.isScalar()) {
            n.error(
                    Problem.Kind.INVALID,
                    null,
                    "expected a CPU list string such as \"0-3,8\"",
                    null);
            return null;
        }
        return n.asCpuSet();
    }

    private static Map<String, Map<String, CpuSet>> entries(YNode n) {
        Map<String, Map<String, CpuSet>> out = new TreeMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.expectMap()) {
            return null;
        }
        boolean ok = true;
        for (Map.Entry<String, YNode> pod : n.entries().entrySet()) {
            YNode containers = pod.getValue();
            if (containers.isScalar() && !containers.isNull()) {
                containers.error(
                        Problem.Kind.INVALID,
                        containers.scalarOrNull(),
                        "expected container name -> CPU list under the pod UID",
                        "this looks like the old v1 format (container ID -> CPU list); the kubelet"
                            + " migrates it on start, write it as {podUID: {container: cpus}}");
                ok = false;
                continue;
            }
            Map<String, CpuSet> sets = new TreeMap<>();
            if (!containers.isNull() && containers.expectMap()) {
                for (Map.Entry<String, YNode> c : containers.entries().entrySet()) {
                    CpuSet set = cpuSet(c.getValue());
                    ok &= set != null;
                    if (set != null) {
                        sets.put(c.getKey(), set);
                    }
                }
            } else if (!containers.isNull()) {
                ok = false;
            }
            out.put(pod.getKey(), sets);
        }
        return ok ? out : null;
    }

    /** 0 when absent; -1 after recording a problem. */
    private static long checksum(YNode n) {
        if (n == null || n.isNull()) {
            return 0;
        }
        String s = n.isScalar() ? n.scalarOrNull() : null;
        if (s != null && s.matches("\\d{1,10}")) {
            long v = Long.parseLong(s);
            if (v <= MAX_CHECKSUM) {
                return v;
            }
        }
        n.error(
                Problem.Kind.INVALID,
                s,
                "expected the kubelet's checksum, a whole number from 0 to 4294967295",
                "write 0 (not checked) if you do not know it");
        return -1;
    }

    private static String child(YNode node, String key) {
        String p = node.path();
        return "(document)".equals(p) ? key : p + "." + key;
    }
}
