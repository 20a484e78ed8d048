package dev.numaadvisor.adapter.checkpoint;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.memory.MemoryBlock;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryTable;
import dev.numaadvisor.core.memory.NumaNodeState;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the kubelet's {@code memory_manager_state} (JSON as the kubelet writes it, or the same
 * shape in YAML inside a scenario) into a {@link MemoryManagerCheckpoint}. Every problem is
 * reported with its file:line:col; unknown fields are errors. Numbers are the kubelet's uint64
 * (bytes), uint32 (checksum) and int (counts, NUMA ids).
 */
public final class MemoryCheckpointReader {
    private static final List<String> TOP =
            List.of("policyName", "machineState", "entries", "checksum");
    private static final String OLD_CELLS = "nodes";
    private static final List<String> NODE = List.of("numberOfAssignments", "memoryMap", "cells");
    private static final List<String> TABLE =
            List.of("total", "systemReserved", "allocatable", "reserved", "free");
    private static final List<String> BLOCK = List.of("numaAffinity", "type", "size");
    private static final String UINT64_MAX = "18446744073709551615";
    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private MemoryCheckpointReader() {}

    /**
     * Reads a whole {@code memory_manager_state} file; throws an InputException listing every
     * problem.
     */
    public static MemoryManagerCheckpoint readFile(String fileName, String text) {
        YNode root = YamlSource.single(fileName, text);
        MemoryManagerCheckpoint c = read(root);
        root.problems().throwIfAny();
        return c;
    }

    /**
     * Reads one checkpoint value; problems go to the node's collector (the caller throws once the
     * whole input is read). Never null: missing parts are empty, as the kubelet's JSON decoding
     * leaves them.
     */
    public static MemoryManagerCheckpoint read(YNode node) {
        if (!node.expectMap()) {
            return MemoryManagerCheckpoint.empty("");
        }
        String policy = null;
        YNode p = node.require("policyName", "the policy that wrote the file: None or Static");
        if (p != null) {
            policy = p.asString();
        }
        Map<Integer, NumaNodeState> machine = new TreeMap<>();
        YNode ms = node.get("machineState");
        if (ms != null && !ms.isNull() && ms.expectMap()) {
            ms.entries().forEach((key, value) -> readNode(key, value, machine));
        }
        Map<String, Map<String, List<MemoryBlock>>> entries = new TreeMap<>();
        YNode es = node.get("entries");
        if (es != null && !es.isNull() && es.expectMap()) {
            es.entries().forEach((pod, containers) -> entries.put(pod, readContainers(containers)));
        }
        long checksum = 0;
        YNode cs = node.get("checksum");
        if (cs != null && !cs.isNull()) {
            checksum = unsigned(cs, UINT32_MAX, "a checksum (uint32)");
        }
        node.finish(TOP);
        return new MemoryManagerCheckpoint(policy, machine, entries, checksum);
    }

    private static void readNode(String key, YNode value, Map<Integer, NumaNodeState> machine) {
        Integer id = numaId(key);
        if (id == null) {
            value.error(
                    Problem.Kind.INVALID,
                    key,
                    "a machineState key must be a NUMA node id 0-63",
                    "write the node id as a string, e.g. \"0\"");
        }
        if (!value.expectMap()) {
            return;
        }
        int assignments = value.integer("numberOfAssignments", 0);
        Map<String, MemoryTable> memoryMap = new TreeMap<>();
        YNode mm = value.get("memoryMap");
        if (mm != null && !mm.isNull() && mm.expectMap()) {
            mm.entries().forEach((resource, table) -> memoryMap.put(resource, readTable(table)));
        }
        List<Integer> cells = cells(value);
        value.finish(NODE);
        if (id != null) {
            machine.put(id, new NumaNodeState(assignments, memoryMap, cells));
        }
    }

    /**
     * The node's group. Early Memory Manager releases (and the docs' example) spelled the field
     * {@code nodes}; it is read as {@code cells}, but not both at once.
     */
    private static List<Integer> cells(YNode node) {
        YNode nodes = node.get(OLD_CELLS);
        YNode cells = node.get("cells");
        if (nodes != null && cells != null) {
            nodes.error(
                    Problem.Kind.DUPLICATE,
                    OLD_CELLS,
                    "\"nodes\" is the old name of \"cells\"",
                    "keep only \"cells\"");
        }
        return ids(cells != null ? cells : nodes);
    }

    private static MemoryTable readTable(YNode t) {
        if (!t.expectMap()) {
            return new MemoryTable(0, 0, 0, 0, 0);
        }
        long[] v = new long[TABLE.size()];
        for (int i = 0; i < v.length; i++) {
            YNode n = t.get(TABLE.get(i));
            v[i] = n == null || n.isNull() ? 0 : unsigned(n, -1, "bytes (uint64)");
        }
        t.finish(TABLE);
        return new MemoryTable(v[0], v[1], v[2], v[3], v[4]);
    }

    private static Map<String, List<MemoryBlock>> readContainers(YNode containers) {
        Map<String, List<MemoryBlock>> out = new TreeMap<>();
        if (!containers.expectMap()) {
            return out;
        }
        containers
                .entries()
                .forEach(
                        (name, blocks) -> {
                            List<MemoryBlock> list = new ArrayList<>();
                            if (!blocks.isNull()) {
                                for (YNode b : blocks.items()) {
                                    MemoryBlock block = readBlock(b);
                                    if (block != null) {
                                        list.add(block);
                                    }
                                }
                            }
                            out.put(name, list);
                        });
        return out;
    }

    private static MemoryBlock readBlock(YNode b) {
        if (!b.expectMap()) {
            return null;
        }
        List<Integer> affinity = ids(b.get("numaAffinity"));
        String type = b.string("type", "");
        YNode size = b.get("size");
        long bytes = size == null || size.isNull() ? 0 : unsigned(size, -1, "bytes (uint64)");
        b.finish(BLOCK);
        return new MemoryBlock(affinity, type, bytes);
    }

    /** A list of NUMA node ids (null = empty, as Go decodes it). */
    private static List<Integer> ids(YNode list) {
        List<Integer> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        for (YNode item : list.items()) {
            Integer id = item.asInt();
            if (id != null && (id < 0 || id > NumaMask.MAX_NUMA_ID)) {
                item.error(
                        Problem.Kind.UNSUPPORTED,
                        String.valueOf(id),
                        "NUMA node ids run from 0 to 63",
                        "the kubelet's NUMA masks hold 64 nodes");
            } else if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private static Integer numaId(String key) {
        if (!key.matches("\\d{1,2}")) {
            return null;
        }
        int id = Integer.parseInt(key);
        return id <= NumaMask.MAX_NUMA_ID ? id : null;
    }

    /**
     * A non-negative whole number up to {@code max} ({@code -1} = 2^64-1, kept as the same bits in
     * a long). Go refuses signs, fractions and exponents for unsigned fields; so do we.
     */
    private static long unsigned(YNode n, long max, String what) {
        String s = n.isScalar() ? n.scalarOrNull() : null;
        boolean digits = s != null && s.matches("\\d{1,20}");
        boolean fits = digits && (s.length() < 20 || s.compareTo(UINT64_MAX) <= 0);
        if (fits) {
            long v = Long.parseUnsignedLong(s);
            if (max == -1 || Long.compareUnsigned(v, max) <= 0) {
                return v;
            }
        }
        n.error(
                Problem.Kind.INVALID,
                s,
                "expected " + what,
                "write a whole number without sign or exponent");
        return 0;
    }
}
