package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * PCI devices from {@code /sys/bus/pci/devices/<BDF>/numa_node}: kept with their NUMA node
 * ({@code -1} = unknown) for the report. sysfs does not say which device-plugin resource a device
 * is, so none is named.
 */
final class SysfsDevices {
    private SysfsDevices() {
    }

    static void addPciDevices(NodeFactsBuilder b, SysfsFiles files) {
        Map<String, Map<String, SysfsFiles.Entry>> byDevice = new TreeMap<>();
        files.files().forEach((k, v) -> {
            if (k.startsWith("pci/devices/")) {
                String rest = k.substring("pci/devices/".length());
                int slash = rest.indexOf('/');
                byDevice.computeIfAbsent(rest.substring(0, slash), x -> new TreeMap<>())
                        .put(rest.substring(slash + 1), v);
            }
        });
        byDevice.forEach((bdf, f) -> {
            if (!f.containsKey("numa_node")) {
                return;
            }
            int numa = SysfsValues.integer(f.get("numa_node"));
            CpuSet local = f.containsKey("local_cpulist") ? SysfsValues.cpuList(f.get("local_cpulist")) : null;
            String label = "PCI " + bdf + (f.containsKey("class") ? " class " + SysfsValues.text(f.get("class")) : "")
                    + (f.containsKey("vendor") ? " vendor " + SysfsValues.text(f.get("vendor")) : "");
            b.device(new DeviceFact(null, bdf, numa < 0 ? null : numa, local, label, b.source()));
        });
    }
}
