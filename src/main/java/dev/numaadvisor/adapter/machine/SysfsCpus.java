package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * CPU facts from sysfs. Socket = {@code physical_package_id} (kept as is, may be non-dense);
 * NUMA node = the node whose cpulist holds the CPU; core = a machine-wide index of the pair
 * (package, {@code core_id}) since {@code core_id} repeats across packages, or, without core ids,
 * of the SMT sibling group; L3 = {@code cache/indexK/id} of the level-3 cache, or an index of its
 * {@code shared_cpu_list} group.
 */
final class SysfsCpus {
    private SysfsCpus() {
    }

    static void addCpus(NodeFactsBuilder b, SysfsFiles files, Map<Integer, Map<String, SysfsFiles.Entry>> cpus,
                        Map<Integer, CpuSet> nodeCpus) {
        TreeSet<Integer> ids = new TreeSet<>(cpus.keySet());
        nodeCpus.values().forEach(s -> ids.addAll(s.toList()));
        SysfsFiles.Entry online = files.files().get("cpu/online");
        if (online != null) {
            CpuSet on = SysfsValues.cpuList(online);
            List<Integer> offline = new ArrayList<>(ids);
            offline.removeIf(on::contains);
            if (!offline.isEmpty()) {
                b.assume("CPUs " + CpuSet.of(offline) + " are offline and left out, as the kubelet does");
            }
            ids.retainAll(on.toList());
            ids.addAll(on.toList());
        }
        Map<Integer, Integer> core = coreIndex(ids, cpus);
        Map<Integer, Integer> uncore = uncoreIndex(ids, cpus);
        for (int id : ids) {
            Map<String, SysfsFiles.Entry> f = cpus.getOrDefault(id, Map.of());
            Integer socket = f.containsKey("topology/physical_package_id")
                    ? SysfsValues.integer(f.get("topology/physical_package_id")) : null;
            b.cpu(id, core.get(id), socket, numaOf(id, nodeCpus), uncore.get(id));
        }
    }

    private static Integer numaOf(int cpu, Map<Integer, CpuSet> nodeCpus) {
        for (Map.Entry<Integer, CpuSet> e : nodeCpus.entrySet()) {
            if (e.getValue().contains(cpu)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Machine-wide core index; empty when neither core ids nor sibling lists cover every CPU. */
    private static Map<Integer, Integer> coreIndex(TreeSet<Integer> ids,
                                                   Map<Integer, Map<String, SysfsFiles.Entry>> cpus) {
        Map<Integer, String> key = new TreeMap<>();
        for (int id : ids) {
            Map<String, SysfsFiles.Entry> f = cpus.getOrDefault(id, Map.of());
            SysfsFiles.Entry pkg = f.get("topology/physical_package_id");
            SysfsFiles.Entry coreId = f.get("topology/core_id");
            SysfsFiles.Entry siblings = f.containsKey("topology/core_cpus_list")
                    ? f.get("topology/core_cpus_list") : f.get("topology/thread_siblings_list");
            if (pkg != null && coreId != null) {
                key.put(id, String.format("p%09d c%09d", SysfsValues.integer(pkg), SysfsValues.integer(coreId)));
            } else if (siblings != null) {
                key.put(id, String.format("s%09d", SysfsValues.cpuList(siblings).first()));
            }
        }
        return key.size() == ids.size() ? index(key) : Map.of();
    }

    /** L3 group per CPU: the level-3 cache's id, or an index of its shared CPU list. */
    private static Map<Integer, Integer> uncoreIndex(TreeSet<Integer> ids,
                                                     Map<Integer, Map<String, SysfsFiles.Entry>> cpus) {
        Map<Integer, String> key = new TreeMap<>();
        for (int id : ids) {
            Map<String, SysfsFiles.Entry> f = cpus.getOrDefault(id, Map.of());
            String index = l3Index(f);
            if (index == null) {
                continue;
            }
            if (f.containsKey(index + "/id")) {
                key.put(id, String.format("i%09d", SysfsValues.integer(f.get(index + "/id"))));
            } else if (f.containsKey(index + "/shared_cpu_list")) {
                key.put(id, String.format("s%09d", SysfsValues.cpuList(f.get(index + "/shared_cpu_list")).first()));
            }
        }
        if (key.size() != ids.size()) {
            return Map.of();
        }
        Map<Integer, Integer> out = new TreeMap<>();
        key.forEach((cpu, k) -> out.put(cpu, k.startsWith("i") ? Integer.parseInt(k.substring(1)) : -1));
        return out.containsValue(-1) ? index(key) : out;
    }

    /** The cache index whose level is 3; index3 when no level files were collected. */
    private static String l3Index(Map<String, SysfsFiles.Entry> f) {
        for (Map.Entry<String, SysfsFiles.Entry> e : f.entrySet()) {
            if (e.getKey().matches("cache/index\\d+/level") && SysfsValues.text(e.getValue()).equals("3")) {
                return e.getKey().substring(0, e.getKey().length() - "/level".length());
            }
        }
        boolean anyLevel = f.keySet().stream().anyMatch(k -> k.endsWith("/level"));
        return anyLevel ? null : "cache/index3";
    }

    /** Dense indexes of the distinct keys, in key order. */
    private static Map<Integer, Integer> index(Map<Integer, String> key) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(key.values()));
        Map<Integer, Integer> out = new TreeMap<>();
        key.forEach((cpu, k) -> out.put(cpu, distinct.indexOf(k)));
        return out;
    }
}
