package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code nvidia-smi topo -m}: a tab-separated matrix whose header names the device columns
 * ({@code GPU0 … NIC0 …}) followed by affinity columns ({@code CPU Affinity}, {@code NUMA Affinity},
 * {@code GPU NUMA ID}). Cells are split on runs of tabs; a row's first cells are its relations to
 * the device columns, the rest map onto the affinity columns in order, or from the right when some
 * are missing. {@code N/A} is "no NUMA affinity": the device plugin then gives no topology hint.
 * GPUs become {@code nvidia.com/gpu} devices named as the matrix names them ({@code GPU0}); NICs
 * are kept for the report without a resource name, which the matrix does not tell.
 */
public final class NvidiaSmiTopoParser implements FactsParser {
    static final String GPU_RESOURCE = "nvidia.com/gpu";

    @Override
    public NodeFacts parse(SourceText source) {
        List<String> lines = source.lines();
        int headerAt = firstNonBlank(lines);
        if (headerAt < 0 || !lines.get(headerAt).startsWith("\t")) {
            throw InputErrors.badLine(source, headerAt + 1, headerAt < 0 ? "" : lines.get(headerAt),
                    "expected the matrix header: a tab, then GPU0 …", "paste the output of nvidia-smi topo -m");
        }
        List<String> header = cells(lines.get(headerAt));
        int devices = 0;
        while (devices < header.size() && !header.get(devices).contains("Affinity")
                && !header.get(devices).contains("NUMA")) {
            devices++;
        }
        List<String> affinityColumns = header.subList(devices, header.size());
        Map<String, String> nicNames = nicLegend(lines);
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.NVIDIA_SMI_TOPO);
        int i = headerAt + 1;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            List<String> row = cells(lines.get(i));
            if (row.size() < devices + 1) {
                throw InputErrors.badLine(source, i + 1, lines.get(i), "this row has " + (row.size() - 1)
                        + " cells for " + devices + " device columns (a truncated line?)",
                        "paste the complete nvidia-smi topo -m output");
            }
            Map<String, String> affinity = affinity(affinityColumns, row.subList(devices + 1, row.size()));
            b.device(device(source, i + 1, row.get(0), affinity, nicNames));
        }
        if (i == headerAt + 1) {
            throw InputErrors.missing(source, headerAt + 1, "no device rows after the header",
                    "paste the complete nvidia-smi topo -m output");
        }
        return b.build();
    }

    private static DeviceFact device(SourceText source, int line, String name, Map<String, String> affinity,
                                     Map<String, String> nicNames) {
        String cpus = affinity.get("CPU Affinity");
        String numa = affinity.get("NUMA Affinity");
        CpuSet local = cpus == null || isNotAvailable(cpus) ? null : cpuList(source, line, cpus);
        Integer node = null;
        if (numa != null && !isNotAvailable(numa)) {
            if (!numa.matches("\\d{1,2}")) {
                throw InputErrors.badValue(source, line, "NUMA Affinity", numa, "expected a NUMA node id or N/A");
            }
            node = Integer.parseInt(numa);
        }
        boolean gpu = name.matches("GPU\\d+");
        String label = gpu ? name : name + (nicNames.containsKey(name) ? " (" + nicNames.get(name) + ")" : "");
        return new DeviceFact(gpu ? GPU_RESOURCE : null, name, node, local, label, source.fileName());
    }

    /** Affinity cells by column name: in order when all are there, else aligned from the right. */
    private static Map<String, String> affinity(List<String> columns, List<String> cells) {
        Map<String, String> out = new TreeMap<>();
        int shift = cells.size() >= columns.size() ? 0 : columns.size() - cells.size();
        for (int c = 0; c < cells.size() && c + shift < columns.size(); c++) {
            out.put(columns.get(c + shift), cells.get(c).trim());
        }
        return out;
    }

    private static boolean isNotAvailable(String cell) {
        return cell.isEmpty() || cell.equalsIgnoreCase("N/A");
    }

    private static CpuSet cpuList(SourceText source, int line, String text) {
        try {
            return CpuSet.parse(text);
        } catch (IllegalArgumentException e) {
            throw InputErrors.badValue(source, line, "CPU Affinity", text, e.getMessage());
        }
    }

    /** "NIC Legend:" lines {@code NIC0: mlx5_0}. */
    private static Map<String, String> nicLegend(List<String> lines) {
        Map<String, String> out = new TreeMap<>();
        for (String l : lines) {
            String t = l.trim();
            if (t.matches("NIC\\d+: \\S+")) {
                out.put(t.substring(0, t.indexOf(':')), t.substring(t.indexOf(':') + 2));
            }
        }
        return out;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split("\t+", -1)) {
            out.add(c.trim());
        }
        if (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
