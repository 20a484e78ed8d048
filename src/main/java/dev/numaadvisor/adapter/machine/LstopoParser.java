package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code lstopo} / {@code hwloc-ls} text: an indented tree ({@code Package L#0},
 * {@code NUMANode L#0 (P#0 995GB)}, {@code L3 L#0 (16MB)}, {@code Core L#0}, {@code PU L#0 (P#0)}),
 * single-child chains joined by {@code +}. A PU's CPU id is its {@code P#}. Its NUMA node is the
 * nearest NUMANode that is an ancestor (hwloc 1.x) or a memory child of an ancestor (hwloc 2.x);
 * further NUMANodes under the same parent hold no CPUs. A tree cut short with {@code ...} is read
 * as far as it goes and reported.
 */
public final class LstopoParser implements FactsParser {
    private static final Pattern OBJECT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?: L#(\\d+))?(?: P#(\\d+))?"
            + "(?: \\((.*)\\))?.*");
    private static final Pattern NUMA_ATTR = Pattern.compile("(?:P#(\\d+) ?)?(?:(\\d+(?:\\.\\d+)?)(KB|MB|GB|TB))?.*");
    private static final Pattern OS_INDEX = Pattern.compile("P#(\\d+)");
    private static final Map<String, Long> UNITS = Map.of("KB", 1L << 10, "MB", 1L << 20, "GB", 1L << 30,
            "TB", 1L << 40);

    /** One object on the current path from the root. */
    private static final class Level {
        final int depth;
        Integer socket;
        Integer numa;
        Integer l3;
        String core;

        Level(int depth, Level parent) {
            this.depth = depth;
            if (parent != null) {
                socket = parent.socket;
                numa = parent.numa;
                l3 = parent.l3;
                core = parent.core;
            }
        }
    }

    @Override
    public NodeFacts parse(SourceText source) {
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.LSTOPO);
        Deque<Level> path = new ArrayDeque<>();
        Map<Integer, List<Integer>> numaCpus = new TreeMap<>();
        Map<Integer, String> coreOf = new TreeMap<>();
        boolean truncated = false;
        boolean io = false;
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String text = line.trim();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("...")) {
                truncated = true;
                continue;
            }
            int depth = line.length() - line.stripLeading().length();
            while (!path.isEmpty() && path.peek().depth >= depth) {
                path.pop();
            }
            Level level = new Level(depth, path.peek());
            for (String part : text.split(" \\+ ")) {
                io |= apply(source, i + 1, b, part.trim(), level, path.peek(), numaCpus, coreOf);
            }
            path.push(level);
        }
        finish(b, numaCpus, coreOf);
        if (truncated) {
            b.assume("the lstopo tree was cut short (\"...\"): only the " + coreOf.size()
                    + " CPUs it shows are read");
        }
        if (io) {
            b.assume("lstopo's PCI objects are not imported; paste nvidia-smi topo -m for GPUs");
        }
        return b.build();
    }

    /** Applies one object to the current level; returns true for an I/O object. */
    private static boolean apply(SourceText source, int line, NodeFactsBuilder b, String part, Level level,
                                 Level parent, Map<Integer, List<Integer>> numaCpus, Map<Integer, String> coreOf) {
        Matcher m = OBJECT.matcher(part);
        if (!m.matches()) {
            throw InputErrors.badLine(source, line, part, "not an lstopo object line",
                    "paste the output of lstopo-no-graphics --of console (or hwloc-ls) unchanged");
        }
        String type = m.group(1);
        Integer logical = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer os = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String attrs = m.group(4) == null ? "" : m.group(4);
        if (type.equals("Package") || type.equals("Socket")) {
            level.socket = logical != null ? logical : os;
        } else if (type.equals("NUMANode")) {
            numaNode(source, line, b, attrs, os, level, parent);
        } else if (type.equals("L3")) {
            level.l3 = logical != null ? logical : os;
        } else if (type.equals("Core")) {
            level.core = logical != null ? "L" + logical : "S" + level.socket + "P" + os;
        } else if (type.equals("PU")) {
            Matcher p = OS_INDEX.matcher(attrs);
            int cpu = os != null ? os : p.find() ? Integer.parseInt(p.group(1)) : -1;
            if (cpu < 0) {
                throw InputErrors.badValue(source, line, "PU", part, "a PU without its OS number P#");
            }
            b.cpu(cpu, null, level.socket, level.numa, level.l3);
            coreOf.put(cpu, level.core == null ? "U" + cpu : level.core);
            if (level.numa != null) {
                numaCpus.computeIfAbsent(level.numa, k -> new ArrayList<>()).add(cpu);
            }
        } else {
            return type.equals("HostBridge") || type.equals("PCIBridge") || type.equals("PCI");
        }
        return false;
    }

    private static void numaNode(SourceText source, int line, NodeFactsBuilder b, String attrs, Integer os,
                                 Level level, Level parent) {
        Matcher a = NUMA_ATTR.matcher(attrs);
        a.matches();
        Integer id = os != null ? os : a.group(1) == null ? null : Integer.valueOf(a.group(1));
        if (id == null) {
            throw InputErrors.badValue(source, line, "NUMANode", attrs, "a NUMANode without its OS number P#");
        }
        Long bytes = null;
        long precision = 0;
        if (a.group(2) != null) {
            precision = UNITS.get(a.group(3));
            bytes = Math.round(Double.parseDouble(a.group(2)) * precision);
        }
        b.numa(new NumaFact(id, null, bytes, precision, null, Map.of(), null, b.source()));
        level.numa = id;
        // hwloc 2.x lists NUMANode as a memory child beside the caches: its CPUs are its
        // parent's. A second NUMANode under the same parent (HBM, CXL) holds no CPUs.
        if (parent != null && parent.numa == null) {
            parent.numa = id;
        }
    }

    /** Core ids become machine-wide indexes; each NUMA node gets the CPUs found under it. */
    private static void finish(NodeFactsBuilder b, Map<Integer, List<Integer>> numaCpus, Map<Integer, String> coreOf) {
        List<String> distinct = new ArrayList<>(new java.util.TreeSet<>(coreOf.values()));
        Map<Integer, CpuFact> cpus = new TreeMap<>(b.cpus());
        cpus.forEach((id, c) -> b.cpu(id, distinct.indexOf(coreOf.get(id)), c.socket(), c.numaNode(), c.uncoreCache()));
        numaCpus.forEach((id, list) -> b.numa(NumaFact.ofCpus(id, CpuSet.of(list), b.source())));
        b.numaNodes().forEach((id, f) -> {
            if (f.cpus() == null) {
                b.numa(NumaFact.ofCpus(id, CpuSet.empty(), b.source()));
            }
        });
    }
}
