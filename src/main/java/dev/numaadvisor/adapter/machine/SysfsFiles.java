package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sysfs files of a node, keyed by their path below {@code /sys/devices/system} (or
 * {@code pci/devices/<BDF>/…} for PCI devices): {@code node/node0/cpulist},
 * {@code cpu/cpu3/topology/core_id}. Built from a {@code grep "" <paths>} dump, a directory tree
 * or a tarball; files the parser does not use are dropped.
 */
public final class SysfsFiles {
    /** One file: its lines, and where each came from (for errors). */
    public record Entry(List<String> lines, SourceText origin, int firstLine) {
    }

    private static final Pattern KEEP = Pattern.compile("(?:^|/)((?:node/node\\d+/(?:cpulist|cpumap|distance|"
            + "meminfo|hugepages/hugepages-\\d+kB/(?:nr|free)_hugepages))|node/(?:online|possible|has_cpu"
            + "|has_memory)|cpu/cpu\\d+/(?:topology/[a-z_]+|cache/index\\d+/(?:level|type|id|shared_cpu_list))"
            + "|cpu/(?:online|offline|present|isolated)|pci/devices/[0-9a-fA-F:.]+/(?:numa_node|local_cpulist"
            + "|class|vendor))$");
    /** Leaf names a {@code grep ""} line's path may end with; the value follows the next colon. */
    private static final Set<String> LEAVES = Set.of("cpulist", "cpumap", "distance", "meminfo",
            "nr_hugepages", "free_hugepages", "surplus_hugepages", "online", "offline", "possible",
            "present", "isolated", "has_cpu", "has_memory", "has_normal_memory", "physical_package_id",
            "die_id", "cluster_id", "core_id", "thread_siblings_list", "core_cpus_list",
            "core_siblings_list", "package_cpus_list", "die_cpus_list", "shared_cpu_list", "level",
            "type", "size", "id", "numa_node", "local_cpulist", "class", "vendor", "device",
            "thread_siblings", "core_siblings", "core_cpus", "package_cpus", "book_id", "drawer_id",
            "ways_of_associativity", "coherency_line_size", "number_of_sets", "physical_line_partition",
            "allocation_policy", "write_policy", "shared_cpu_map", "nr_overcommit_hugepages");
    private static final Pattern MEMINFO = Pattern.compile("Node (\\d+) \\S+:.*");

    private final Map<String, Entry> files = new TreeMap<>();

    public Map<String, Entry> files() {
        return files;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The normalised sysfs key of a path, or null when the parser has no use for it. */
    static String key(String path) {
        Matcher m = KEEP.matcher(path.replace('\\', '/'));
        if (!m.find()) {
            return null;
        }
        String k = m.group(1);
        return k.startsWith("pci/") ? k.toLowerCase() : k;
    }

    /** Adds one whole file (from a tree or a tarball). */
    public void add(String path, String content, SourceText origin) {
        String k = key(path);
        if (k != null) {
            files.put(k, new Entry(List.of(content.strip().split("\n", -1)), origin, 1));
        }
    }

    /**
     * Reads a {@code grep "" <paths>} / {@code grep -r . <dir>} dump: {@code path:value} per line
     * (multi-line files repeat the path). {@code cat nodeN/meminfo} without paths is accepted too,
     * its node id being on every line. Other lines are an error naming the line.
     */
    public static SysfsFiles fromGrepDump(SourceText source) {
        SysfsFiles out = new SysfsFiles();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] pathValue = splitGrepLine(line);
            if (pathValue == null) {
                Matcher mem = MEMINFO.matcher(line.trim());
                if (!mem.matches()) {
                    throw InputErrors.badLine(source, i + 1, line, "not a \"path:value\" line of a"
                            + " sysfs dump", "collect it with grep \"\" /sys/devices/system/node/node*/cpulist …");
                }
                pathValue = new String[] {"node/node" + mem.group(1) + "/meminfo", line.trim()};
            }
            String k = key(pathValue[0]);
            if (k != null) {
                out.append(k, pathValue[1], source, i + 1);
            }
        }
        return out;
    }

    private void append(String key, String value, SourceText origin, int line) {
        Entry e = files.get(key);
        if (e == null) {
            files.put(key, new Entry(new ArrayList<>(List.of(value)), origin, line));
        } else {
            e.lines().add(value);
        }
    }

    /** Splits at the first colon whose path part ends in a known sysfs file name. */
    private static String[] splitGrepLine(String line) {
        for (int k = line.indexOf(':'); k >= 0; k = line.indexOf(':', k + 1)) {
            String path = line.substring(0, k);
            String leaf = path.substring(path.lastIndexOf('/') + 1);
            if (path.contains("/") && LEAVES.contains(leaf)) {
                return new String[] {path, line.substring(k + 1)};
            }
        }
        return null;
    }
}
