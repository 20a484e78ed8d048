package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NUMA node's memory from sysfs: {@code meminfo} ({@code Node N MemTotal: X kB}; hugepage
 * lines are page counts without a size) and {@code hugepages/hugepages-<size>kB/nr_hugepages}.
 */
final class SysfsMemory {
    private static final Pattern LINE = Pattern.compile("Node (\\d+) ([A-Za-z_()]+):\\s*(\\d+)( kB)?");
    private static final long KIB = 1024;

    private SysfsMemory() {
    }

    static NumaFact numaFact(String source, int id, CpuSet cpus, Map<String, SysfsFiles.Entry> files) {
        Map<String, Long> meminfo = files.containsKey("meminfo") ? meminfo(id, files.get("meminfo"))
                : Map.of();
        Map<String, Long> hugepages = new TreeMap<>();
        files.forEach((rest, entry) -> {
            if (SysfsParser.isHugepagesCount(rest)) {
                long sizeKb = SysfsParser.hugepageSizeKb(rest);
                hugepages.put(KubeQuantities.hugepagesResource(sizeKb),
                        SysfsValues.integer(entry) * sizeKb * KIB);
            }
        });
        Long total = meminfo.get("MemTotal");
        Long pages = meminfo.get("HugePages_Total");
        Integer unknownSize = hugepages.isEmpty() && pages != null && pages > 0 ? (int) (long) pages : null;
        return new NumaFact(id, cpus, total == null ? null : total * KIB, KIB,
                meminfo.containsKey("MemFree") ? meminfo.get("MemFree") * KIB : null, hugepages,
                unknownSize, source);
    }

    /** Values by key: kB for sizes, plain counts for the HugePages_* lines. */
    private static Map<String, Long> meminfo(int id, SysfsFiles.Entry e) {
        Map<String, Long> out = new TreeMap<>();
        for (int i = 0; i < e.lines().size(); i++) {
            String line = e.lines().get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || Integer.parseInt(m.group(1)) != id) {
                throw SysfsValues.bad(new SysfsFiles.Entry(e.lines(), e.origin(), e.firstLine() + i),
                        line, "expected a meminfo line of node " + id + " such as \"Node " + id
                                + " MemTotal: 8379636 kB\"");
            }
            out.put(m.group(2), Long.parseLong(m.group(3)));
        }
        return out;
    }
}
