package dev.numaadvisor.core.memory;

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
    private static final String MEMORY_AVAILABLE = "memory.available";

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
                addEviction(sum, config.evictionHard().get(MEMORY_AVAILABLE), machine, note);
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
     * The eviction parser's cases (pkg/kubelet/eviction/helpers.go parseThresholdStatement):
     * - absent: nothing reserved;
     * - exactly "0%" or "100%": the threshold is ignored, nothing reserved;
     * - another percentage: float32(p)/100 of the machine's memory capacity, printed binary;
     * - a quantity: reserved as written (a zero or negative one stops the kubelet elsewhere).
     */
    private static void addEviction(
            KubeQuantityText.Sum sum, String threshold, Machine machine, StringBuilder note) {
        if (threshold == null) {
            note.append("0 (no memory.available threshold)");
            return;
        }
        String value = threshold.trim();
        if (value.endsWith("%")) {
            if (value.equals("0%") || value.equals("100%")) {
                note.append("0 (memory.available ")
                        .append(value)
                        .append(" is ignored by the kubelet)");
                return;
            }
            float fraction;
            try {
                fraction =
                        (float) Double.parseDouble(value.substring(0, value.length() - 1)) / 100f;
            } catch (NumberFormatException e) {
                note.append("0 (memory.available \"")
                        .append(value)
                        .append("\" is not a percentage)");
                return;
            }
            long capacity = machine.totalMemoryBytes();
            long bytes = (long) ((double) capacity * (double) fraction);
            note.append(KubeQuantityText.bytes(bytes))
                    .append(" (memory.available ")
                    .append(value)
                    .append(" of the machine's ")
                    .append(KubeQuantityText.bytes(capacity))
                    .append(')');
            sum.add(BigDecimal.valueOf(bytes), KubeQuantityText.Format.BINARY_SI);
            return;
        }
        try {
            Quantity q = Quantity.parse(value);
            sum.add(q);
            note.append(q).append(" (memory.available)");
        } catch (IllegalArgumentException e) {
            note.append("0 (memory.available \"").append(value).append("\" is not a quantity)");
        }
    }
}
