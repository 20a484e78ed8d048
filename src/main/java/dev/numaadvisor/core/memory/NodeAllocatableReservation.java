package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.config.HardEviction;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The memory part of the kubelet's Node Allocatable reservation ({@code
 * GetNodeAllocatableReservation}): per memory-type resource, systemReserved + kubeReserved + the
 * hard eviction threshold, in that order (the order fixes the printed format). Only {@code
 * memory.available} reserves memory; a percentage is taken of the machine's memory.
 */
final class NodeAllocatableReservation {

    private NodeAllocatableReservation() {}

    /** Non-zero sums only, as the kubelet drops zero entries; keyed by resource name. */
    static Map<String, KubeQuantityText.Sum> of(
            KubeletConfig config, Machine machine, StringBuilder note) {
        Map<String, KubeQuantityText.Sum> out = new TreeMap<>();
        for (String resource : memoryResources(config)) {
            KubeQuantityText.Sum sum = new KubeQuantityText.Sum();
            Quantity system = config.systemReserved().get(resource);
            Quantity kube = config.kubeReserved().get(resource);
            sum.add(system);
            sum.add(kube);
            if (Resources.MEMORY.equals(resource)) {
                note.append("systemReserved ")
                        .append(system == null ? "0" : system)
                        .append(" + kubeReserved ")
                        .append(kube == null ? "0" : kube)
                        .append(" + hard eviction ");
                addEviction(sum, config.evictionHard().get(HardEviction.MEMORY_AVAILABLE), machine, note);
            }
            if (!sum.isZero()) {
                out.put(resource, sum);
            }
        }
        return out;
    }

    private static Iterable<String> memoryResources(KubeletConfig config) {
        TreeMap<String, Boolean> names = new TreeMap<>();
        names.put(Resources.MEMORY, true);
        for (String k : config.systemReserved().keySet()) {
            if (Resources.isHugepages(k)) {
                names.put(k, true);
            }
        }
        for (String k : config.kubeReserved().keySet()) {
            if (Resources.isHugepages(k)) {
                names.put(k, true);
            }
        }
        return names.keySet();
    }

    /*
     * The eviction parser's cases (pkg/kubelet/eviction/helpers.go parseThresholdStatement), as
     * HardEviction reads them: absent or exactly "0%"/"100%" reserve nothing; another percentage
     * is a float32 fraction of the machine's memory, printed binary; a quantity is reserved as
     * written (a zero or negative one stops the kubelet elsewhere).
     */
    private static void addEviction(
            KubeQuantityText.Sum sum, String threshold, Machine machine, StringBuilder note) {
        String value = threshold == null ? null : threshold.trim();
        switch (HardEviction.kind(threshold)) {
            case ABSENT:
                note.append("0 (no memory.available threshold)");
                return;
            case IGNORED:
                note.append("0 (memory.available ").append(value).append(" is ignored by the kubelet)");
                return;
            case PERCENTAGE: {
                long capacity = machine.totalMemoryBytes();
                long bytes = HardEviction.bytes(value, capacity);
                note.append(KubeQuantityText.bytes(bytes))
                        .append(" (memory.available ")
                        .append(value)
                        .append(" of the machine's ")
                        .append(KubeQuantityText.bytes(capacity))
                        .append(')');
                sum.add(BigDecimal.valueOf(bytes), KubeQuantityText.Format.BINARY_SI);
                return;
            }
            case QUANTITY: {
                Quantity q = Quantity.parse(value);
                sum.add(q);
                note.append(q).append(" (memory.available)");
                return;
            }
            default:
                note.append("0 (memory.available \"").append(value)
                        .append(value.endsWith("%") ? "\" is not a percentage)" : "\" is not a quantity)");
        }
    }
}
