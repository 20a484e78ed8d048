package dev.numaadvisor.app.assistant;

import dev.numaadvisor.core.cpu.SmtAlignment;
import dev.numaadvisor.app.understand.Bytes;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The exact condition under which one pod becomes a TopologyAffinityError on the simulated node,
 * with every number taken from the engine's machine, config and result: the CPUs, whole cores,
 * memory and devices NUMA node {@code numa} must still have free when the pod arrives.
 */
final class AffinityCondition {
    private AffinityCondition() {
    }

    /*
     * What each provider needs for a preferred hint on NUMA n (the kubelet's hint generators):
     *   - static CPU policy: at least `count` CPUs of n in the shared pool minus reserved; the
     *     accumulator takes whole cores first but any free CPUs count. With full-pcpus-only every
     *     exclusive allocation (and the reserved set, NUMA-CPU checks) is whole cores, so free CPUs
     *     come in whole cores: count / threads whole free cores;
     *   - Static memory policy: the pod's memory free on n (allocatable = capacity - reservedMemory);
     *   - device plugin resources: that many free devices on n.
     */
    static String write(Simulate.Outcome outcome, PodResult p, Pod pod, int numa) {
        Machine m = outcome.scenario().input().machine();
        KubeletConfig config = outcome.scenario().input().config();
        Before before = before(outcome, p.name());
        long cpus = 0;
        long memoryBytes = 0;
        for (Container c : pod.containers()) {
            Quantity cpu = c.requests().get("cpu");
            Quantity mem = c.requests().get("memory");
            cpus += cpu == null ? 0 : (cpu.milliValue() + 999) / 1000;
            memoryBytes += mem == null ? 0 : mem.value();
        }
        CpuSet reserved = outcome.result().reservedCpus() == null ? CpuSet.empty() : outcome.result().reservedCpus();
        CpuSet numaCpus = m.topology().cpusInNuma(numa);
        CpuSet free = numaCpus.difference(reserved).difference(before.cpus);
        int threads = Math.max(1, m.topology().cpusPerCore());
        boolean fullCores = config.cpuOption(CpuPolicyOptionCatalog.FULL_PCPUS_ONLY) && threads > 1;
        StringBuilder sb = new StringBuilder("## When it becomes a TopologyAffinityError\n");
        sb.append("Under ").append(config.topologyManagerPolicy()).append(" the pod must fit on NUMA ").append(numa)
                .append(" alone").append(devicesPin(pod, m, numa)).append(". It is rejected with ")
                .append(AdmissionError.TOPOLOGY_AFFINITY_ERROR).append(" (\"")
                .append(AdmissionError.TOPOLOGY_AFFINITY_MESSAGE)
                .append("\") unless, when it arrives, NUMA ").append(numa).append(" still has:\n");
        sb.append("- ").append(cpus).append(" free CPUs for the CPU Manager's hint");
        if (fullCores && SmtAlignment.notWholeCores(cpus, threads) == null) {
            sb.append(", which with full-pcpus-only means ").append(cpus / threads).append(" whole free cores of ")
                    .append(threads).append(" threads");
        } else {
            sb.append(" (whole cores are taken first, but any free CPUs there count)");
        }
        sb.append(". On the drafted node NUMA ").append(numa).append(" has ").append(numaCpus.size())
                .append(" CPUs, reserved there: ").append(reservedThere(numaCpus, reserved, config))
                .append(before.pods > 0 ? ", held by earlier pods: " + numaCpus.intersection(before.cpus).size() : "")
                .append("; so ").append(free.size()).append(" free (").append(wholeFreeCores(m, numa, free))
                .append(" whole free cores) when this pod arrives\n");
        long numaMem = m.numaNodes().get(numa) == null ? 0 : m.numaNodes().get(numa).memoryBytes();
        long reservedMem = reservedMemory(config, numa);
        sb.append("- ").append(Bytes.human(memoryBytes)).append(" of memory free for the Memory Manager's hint; it has ")
                .append(Bytes.human(numaMem - reservedMem)).append(" allocatable (").append(Bytes.human(numaMem))
                .append(" minus reservedMemory ").append(Bytes.human(reservedMem)).append(")")
                .append(before.pods > 0 ? " before earlier pods" : "").append('\n');
        if (fullCores) {
            sb.append("(full-pcpus-only also rejects, with ").append(AdmissionError.SMT_ALIGNMENT_ERROR).append(", a CPU count that is not a multiple of ")
                    .append(threads).append(".)\n");
        }
        return sb.toString();
    }

    private static String reservedThere(CpuSet numaCpus, CpuSet reserved, KubeletConfig config) {
        if (numaCpus.intersects(reserved)) {
            return numaCpus.intersection(reserved).toString();
        }
        return reserved.isEmpty() ? "none" : "none (reservedSystemCPUs " + reserved + " lie on other NUMA nodes)";
    }

    static int wholeFreeCores(Machine m, int numa, CpuSet free) {
        TreeSet<Integer> cores = new TreeSet<>();
        for (CpuInfo c : m.topology().cpus()) {
            if (c.numaNode() == numa && free.containsAll(m.topology().cpusInCore(c.core()))) {
                cores.add(c.core());
            }
        }
        return cores.size();
    }

    private static long reservedMemory(KubeletConfig config, int numa) {
        long bytes = 0;
        for (ReservedMemory rm : config.reservedMemory()) {
            Quantity q = rm.numaNode() == numa ? rm.limits().get("memory") : null;
            bytes += q == null ? 0 : q.value();
        }
        return bytes;
    }

    private static String devicesPin(Pod pod, Machine m, int numa) {
        StringBuilder sb = new StringBuilder();
        for (Container c : pod.containers()) {
            for (Map.Entry<String, Quantity> e : c.requests().entrySet()) {
                if (e.getKey().contains("/")) {
                    long onNuma = m.devicesOf(e.getKey()).stream()
                            .filter(d -> d.numaNode() != null && d.numaNode() == numa).count();
                    sb.append(", because only NUMA ").append(numa).append(" has ").append(e.getKey()).append(" (")
                            .append(onNuma).append(" there; the pod needs ").append(e.getValue()).append(" free)");
                }
            }
        }
        return sb.toString();
    }

    /** The CPUs held by the pods simulated before {@code podName}, and how many pods those are. */
    private record Before(CpuSet cpus, int pods) {
    }

    private static Before before(Simulate.Outcome outcome, String podName) {
        CpuSet held = CpuSet.empty();
        int pods = 0;
        List<PodResult> all = outcome.result().pods();
        for (PodResult p : all) {
            if (p.name().equals(podName)) {
                break;
            }
            pods++;
            for (ContainerResult c : p.containers()) {
                if (c.exclusiveCpus() && c.cpus() != null) {
                    held = held.union(c.cpus());
                }
            }
        }
        return new Before(held, pods);
    }
}
