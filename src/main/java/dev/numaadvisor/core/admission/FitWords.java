package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.memory.ContainerMemory;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.ResourceAmounts;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Trace sentences for node allocatable and the resource fit; no decisions are taken here. */
final class FitWords {
    private FitWords() {
    }

    static String allocatable(Machine machine, KubeletConfig config, NodeAllocatable allocatable) {
        String cpuSource = config.reservedSystemCPUs() != null && !config.reservedSystemCPUs().isBlank()
                ? "reservedSystemCPUs " + config.reservedSystemCPUs().trim()
                : "kubeReserved + systemReserved cpu";
        return "kubelet: node allocatable " + amounts(allocatable.resources()) + ", pods " + allocatable.pods()
                + " (cpu: " + machine.topology().numCpus() + " CPUs minus " + cpuSource + "; memory: "
                + bytes(machine.totalMemoryBytes()) + " minus kubeReserved, systemReserved, the hard eviction"
                + " threshold and the hugepage pools; devices as the machine lists them)";
    }

    static String check(String podName, ResourceAmounts request, ResourceAmounts used, int activePods,
                        NodeAllocatable allocatable, List<InsufficientResource> lacking) {
        StringBuilder sb = new StringBuilder("fit: pod ").append(podName).append(" requests ")
                .append(request.isZero() ? "nothing" : amounts(request)).append("; ").append(activePods)
                .append(activePods == 1 ? " active pod requests " : " active pods request ")
                .append(amounts(used)).append(" of allocatable ").append(amounts(allocatable.resources()))
                .append(", pods ").append(allocatable.pods());
        if (lacking.isEmpty()) {
            return sb.append(" → fits").toString();
        }
        StringJoiner reasons = new StringJoiner(", ");
        lacking.forEach(r -> reasons.add(r.reason()));
        sb.append(" → ").append(reasons);
        if (lacking.size() > 1) {
            sb.append(" (the kubelet reports the first)");
        }
        return sb.toString();
    }

    /** What the managers had given the pod's containers, before it is taken back. */
    static String held(Pod pod, NodeManagers managers) {
        List<String> parts = new ArrayList<>();
        for (Container c : pod.allContainers()) {
            List<String> got = new ArrayList<>();
            if (managers.cpu().exclusive(pod.uid(), c.name())) {
                CpuSet cpus = managers.cpu().assigned(pod.uid(), c.name());
                got.add("CPUs " + cpus);
            }
            ContainerMemory memory = managers.memory().assigned(pod.uid(), c.name());
            if (memory != null) {
                got.add("memory on NUMA " + memory.numaNodes());
            }
            Map<String, List<String>> devices = managers.device().assigned(pod.uid(), c.name());
            devices.forEach((resource, ids) -> got.add(resource + " " + String.join(",", ids)));
            if (!got.isEmpty()) {
                parts.add(c.name() + " " + String.join(", ", got));
            }
        }
        return String.join("; ", parts);
    }

    /** cpu, memory, then scalar resources, each in readable units. */
    static String amounts(ResourceAmounts a) {
        StringJoiner j = new StringJoiner(", ");
        j.add("cpu " + a.cpuMillis() + "m");
        j.add("memory " + bytes(a.memoryBytes()));
        a.scalarResources().forEach((name, amount) -> j.add(name + " "
                + (Resources.isHugepages(name) ? bytes(amount) : Long.toString(amount))));
        return j.toString();
    }

    /** Bytes in the largest binary unit that divides them exactly ({@code 16Gi}, {@code 1536Mi}). */
    static String bytes(long bytes) {
        String[] units = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (units.length - i));
            if (bytes != 0 && bytes % unit == 0) {
                return bytes / unit + units[i];
            }
        }
        return Long.toString(bytes);
    }
}
