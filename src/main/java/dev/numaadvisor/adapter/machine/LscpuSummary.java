package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the fields of human or JSON {@code lscpu} output into facts. NUMA membership is read;
 * cores, sockets and L3 groups are inferred by {@link LscpuInference}, whose rules are reported
 * as assumptions.
 */
final class LscpuSummary {
    private static final Pattern NODE_KEY = Pattern.compile("NUMA node(\\d+) CPU\\(s\\)");
    private static final Pattern INSTANCES = Pattern.compile("\\((\\d+) instances?\\)");

    private LscpuSummary() {
    }

    static NodeFacts toFacts(SourceText source, InputFormat format, List<LscpuField> fields) {
        Map<String, LscpuField> byKey = new TreeMap<>();
        Map<Integer, CpuSet> nodes = new TreeMap<>();
        int lastLine = 1;
        for (LscpuField f : fields) {
            lastLine = Math.max(lastLine, f.line());
            Matcher m = NODE_KEY.matcher(f.key());
            if (m.matches()) {
                nodes.put(Integer.parseInt(m.group(1)), cpuList(source, f));
            } else {
                byKey.putIfAbsent(normalise(f.key()), f);
            }
        }
        if (!byKey.containsKey("CPU(s)") && nodes.isEmpty()) {
            throw InputErrors.missing(source, lastLine, "no \"CPU(s):\" line: this is not lscpu output",
                    "paste the output of LC_ALL=C lscpu, or name the format with --format");
        }
        DeclaredCounts declared = new DeclaredCounts(number(source, byKey, "CPU(s)"),
                number(source, byKey, "Socket(s)"), number(source, byKey, "Core(s) per socket"),
                number(source, byKey, "Thread(s) per core"), number(source, byKey, "NUMA node(s)"),
                l3Instances(byKey.get("L3")));
        CpuSet online = byKey.containsKey("On-line CPU(s) list")
                ? cpuList(source, byKey.get("On-line CPU(s) list")) : null;
        checkComplete(source, lastLine, declared, online, nodes);
        NodeFactsBuilder b = NodeFacts.builder(source, format).declared(declared);
        LscpuField hypervisor = byKey.get("Hypervisor vendor");
        if (hypervisor != null) {
            b.assume("a virtual machine (" + hypervisor.value() + "): sockets, NUMA nodes and SMT are"
                    + " what the hypervisor exposes, not the host's");
        }
        LscpuInference.infer(b, declared, online, nodes);
        return b.build();
    }

    /** Grouped layout drops the " cache" suffix; both spellings become "L3". */
    private static String normalise(String key) {
        return key.endsWith(" cache") ? key.substring(0, key.length() - " cache".length()) : key;
    }

    /**
     * A paste cut short loses NUMA lines: the node count and CPU lists must add up to what the
     * header lines declare, else the file is truncated or edited and we refuse to guess.
     */
    private static void checkComplete(SourceText source, int lastLine, DeclaredCounts declared,
                                      CpuSet online, Map<Integer, CpuSet> nodes) {
        if (declared.numaNodes() != null && !nodes.isEmpty() && nodes.size() < declared.numaNodes()) {
            throw InputErrors.missing(source, lastLine, "\"NUMA node(s): " + declared.numaNodes()
                    + "\" but only " + nodes.size() + " \"NUMA nodeN CPU(s):\" lines: the output looks"
                    + " truncated", "paste the complete lscpu output");
        }
        if (online != null && !nodes.isEmpty()) {
            CpuSet covered = CpuSet.empty();
            for (CpuSet s : nodes.values()) {
                covered = covered.union(s);
            }
            if (!covered.equals(online)) {
                throw InputErrors.badValue(source, lastLine, "NUMA nodeN CPU(s)", covered.toString(),
                        "the NUMA node CPU lists cover " + covered + " but \"On-line CPU(s) list\" is "
                                + online + ": the output looks truncated or edited");
            }
        }
    }

    private static CpuSet cpuList(SourceText source, LscpuField f) {
        try {
            return CpuSet.parse(f.value());
        } catch (IllegalArgumentException e) {
            throw InputErrors.badValue(source, f.line(), f.key(), f.value(), e.getMessage());
        }
    }

    private static Integer number(SourceText source, Map<String, LscpuField> byKey, String key) {
        LscpuField f = byKey.get(key);
        if (f == null || f.value().isEmpty()) {
            return null;
        }
        if (!f.value().matches("\\d{1,6}")) {
            throw InputErrors.badValue(source, f.line(), key, f.value(), "expected a whole number");
        }
        return Integer.parseInt(f.value());
    }

    /** Only "(N instances)" counts L3 groups; the classic size alone never does (spec §1a). */
    private static Integer l3Instances(LscpuField f) {
        if (f == null) {
            return null;
        }
        Matcher m = INSTANCES.matcher(f.value());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
