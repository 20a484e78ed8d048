package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.HardEviction;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.ResourceAmounts;
import dev.numaadvisor.core.model.Resources;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the node reports as {@code status.allocatable}, the budget of the kubelet's fit check and
 * of the scheduler's NodeResourcesFit: capacity minus kube-reserved, system-reserved and the hard
 * eviction threshold ({@code GetNodeAllocatableReservation}), memory further minus the
 * pre-allocated hugepage pools ({@code nodestatus.MachineInfo}), no amount below 0. Hugepages and
 * devices come from the machine (every device healthy); {@code pods} from maxPods and podsPerCore.
 */
public record NodeAllocatable(ResourceAmounts resources, long pods) {

    public static NodeAllocatable of(Machine machine, KubeletConfig config) {
        return of(machine, config, Map.of());
    }

    /**
     * With extended resources the node advertises itself (an operator patching node status, as
     * in "Advertise Extended Resources for a Node"), added to the machine's devices; no device
     * plugin backs them, so only the resource fit counts them.
     */
    public static NodeAllocatable of(Machine machine, KubeletConfig config, Map<String, Long> extendedResources) {
        long memoryCapacity = machine.totalMemoryBytes();
        // Quantities are subtracted exactly and rounded up once, as resource.Quantity does.
        long cpuMillis = ceilMillis(BigDecimal.valueOf(machine.topology().numCpus()).subtract(reservedCpu(config)));
        long memory = ceil(BigDecimal.valueOf(memoryCapacity).subtract(reserved(config, Resources.MEMORY))
                .subtract(BigDecimal.valueOf(HardEviction.memoryBytes(config, memoryCapacity))));
        Map<String, Long> scalars = new TreeMap<>();
        for (Map.Entry<String, Long> pool : hugepageCapacity(machine).entrySet()) {
            scalars.put(pool.getKey(), ceil(BigDecimal.valueOf(pool.getValue())
                    .subtract(reserved(config, pool.getKey()))));
            // The node status setter takes each pool's whole capacity out of allocatable memory.
            memory = Math.max(0, memory - pool.getValue());
        }
        for (Device d : machine.devices()) {
            scalars.merge(d.resource(), 1L, Long::sum);
        }
        extendedResources.forEach((name, count) -> scalars.merge(name, count, Long::sum));
        return new NodeAllocatable(new ResourceAmounts(cpuMillis, memory, scalars), pods(machine, config));
    }

    /** The allocatable amount of one resource by name ({@code cpu} in millicores, {@code pods} a count). */
    public long amount(String resource) {
        if (Resources.CPU.equals(resource)) {
            return resources.cpuMillis();
        }
        if (Resources.MEMORY.equals(resource)) {
            return resources.memoryBytes();
        }
        if (ResourceFit.PODS.equals(resource)) {
            return pods;
        }
        return resources.scalar(resource);
    }

    /** Every allocatable amount by resource name, pods included; the node section of the result. */
    public Map<String, Long> byName() {
        Map<String, Long> out = new TreeMap<>(resources.byName());
        out.put(ResourceFit.PODS, pods);
        return out;
    }

    /**
     * The CPU reservation: {@code reservedSystemCPUs}, when set, replaces kube- and
     * system-reserved cpu by its size (server.go overwrites systemReserved.cpu and drops
     * kubeReserved.cpu); otherwise their sum. An unreadable set reserves nothing here: the
     * kubelet would not start with it.
     */
    static BigDecimal reservedCpu(KubeletConfig config) {
        String set = config.reservedSystemCPUs() == null ? "" : config.reservedSystemCPUs().trim();
        if (!set.isEmpty()) {
            try {
                return BigDecimal.valueOf(CpuSet.parse(set).size());
            } catch (IllegalArgumentException e) {
                return BigDecimal.ZERO;
            }
        }
        return reserved(config, Resources.CPU);
    }

    /** kube-reserved plus system-reserved of one resource. */
    private static BigDecimal reserved(KubeletConfig config, String resource) {
        return amountOf(config.kubeReserved().get(resource)).add(amountOf(config.systemReserved().get(resource)));
    }

    /** Whole units rounded up, never below 0 (the setter clamps negative allocatable to 0). */
    private static long ceil(BigDecimal amount) {
        return Math.max(0, amount.setScale(0, RoundingMode.CEILING).longValueExact());
    }

    private static long ceilMillis(BigDecimal amount) {
        return ceil(amount.movePointRight(3));
    }

    private static BigDecimal amountOf(Quantity q) {
        return q == null ? BigDecimal.ZERO : q.amount();
    }

    /** Each hugepage size's pool summed over NUMA nodes. */
    private static Map<String, Long> hugepageCapacity(Machine machine) {
        Map<String, Long> out = new TreeMap<>();
        for (NumaNode n : machine.numaNodes().values()) {
            n.hugepagesBytes().forEach((size, bytes) -> out.merge(size, bytes, Long::sum));
        }
        return out;
    }

    /** {@code maxPods}, capped at podsPerCore x logical CPUs when podsPerCore is set. */
    private static long pods(Machine machine, KubeletConfig config) {
        long max = config.maxPods();
        if (config.podsPerCore() > 0) {
            max = Math.min(max, (long) config.podsPerCore() * machine.topology().numCpus());
        }
        return Math.max(0, max);
    }
}
