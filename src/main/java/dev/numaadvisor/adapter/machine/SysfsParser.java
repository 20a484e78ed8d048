package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sysfs ({@link SysfsFiles}), the files the kubelet itself learns the machine from:
 * NUMA nodes (cpulist, distance, meminfo, hugepages), CPUs (package id, core id, siblings, L3)
 * and PCI devices' NUMA node. Whatever subset was collected is read; nothing is invented.
 */
public final class SysfsParser implements FactsParser {
    private static final Pattern NODE_FILE = Pattern.compile("node/node(\\d+)/(.+)");
    private static final Pattern CPU_FILE = Pattern.compile("cpu/cpu(\\d+)/(.+)");
    private static final Pattern HUGE = Pattern.compile("hugepages/hugepages-(\\d+)kB/nr_hugepages");

    @Override
    public NodeFacts parse(SourceText source) {
        return parseFiles(source.fileName(), SysfsFiles.fromGrepDump(source));
    }

    public NodeFacts parseFiles(String name, SysfsFiles files) {
        if (files.isEmpty()) {
            throw InputErrors.missing(new SourceText(name, ""), 1, "no sysfs file the import can use",
                    "collect /sys/devices/system/node/node*/{cpulist,distance,meminfo} and"
                            + " /sys/devices/system/cpu/cpu*/topology/*");
        }
        NodeFactsBuilder b = new NodeFactsBuilder(name, InputFormat.SYSFS);
        Map<Integer, Map<String, SysfsFiles.Entry>> nodes = group(files, NODE_FILE);
        Map<Integer, Map<String, SysfsFiles.Entry>> cpus = group(files, CPU_FILE);
        List<Integer> nodeIds = nodeIds(files, nodes);
        Map<Integer, CpuSet> nodeCpus = new TreeMap<>();
        for (int id : nodeIds) {
            Map<String, SysfsFiles.Entry> f = nodes.getOrDefault(id, Map.of());
            CpuSet list = f.containsKey("cpulist") ? SysfsValues.cpuList(f.get("cpulist"))
                    : f.containsKey("cpumap") ? SysfsValues.cpuMask(f.get("cpumap")) : null;
            if (list != null) {
                nodeCpus.put(id, list);
            }
            b.numa(SysfsMemory.numaFact(name, id, list, f));
            if (f.containsKey("distance")) {
                b.distances(id, SysfsValues.distanceRow(f.get("distance"), nodeIds));
            }
        }
        SysfsCpus.addCpus(b, files, cpus, nodeCpus);
        SysfsDevices.addPciDevices(b, files);
        return b.build();
    }

    /** Files of node/nodeN/… or cpu/cpuN/…, by id, keyed by the rest of the path. */
    private static Map<Integer, Map<String, SysfsFiles.Entry>> group(SysfsFiles files, Pattern p) {
        Map<Integer, Map<String, SysfsFiles.Entry>> out = new TreeMap<>();
        files.files().forEach((k, v) -> {
            Matcher m = p.matcher(k);
            if (m.matches()) {
                out.computeIfAbsent(Integer.parseInt(m.group(1)), x -> new TreeMap<>()).put(m.group(2), v);
            }
        });
        return out;
    }

    /** node/online when present (the kubelet counts online nodes), else every nodeN seen. */
    private static List<Integer> nodeIds(SysfsFiles files, Map<Integer, Map<String, SysfsFiles.Entry>> nodes) {
        TreeSet<Integer> ids = new TreeSet<>(nodes.keySet());
        SysfsFiles.Entry online = files.files().get("node/online");
        if (online != null) {
            ids.addAll(SysfsValues.cpuList(online).toList());
        }
        return new ArrayList<>(ids);
    }

    static boolean isHugepagesCount(String rest) {
        return HUGE.matcher(rest).matches();
    }

    static long hugepageSizeKb(String rest) {
        Matcher m = HUGE.matcher(rest);
        if (!m.matches()) {
            throw new AssertionError(rest);
        }
        return Long.parseLong(m.group(1));
    }
}
