package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryManagerMessages.*;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.trace.Trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The kubelet's checks of {@code reservedMemory}: the configuration validation (supported resource,
 * non-zero, no duplicates), then for the Static policy {@code getSystemReservedMemory} (every NUMA
 * node exists, per-type sums equal the Node Allocatable reservation, values convert to int64) and
 * {@code NewPolicyStatic} (some regular memory is reserved).
 */
final class ReservedMemoryValidator {
    private ReservedMemoryValidator() {}

    /**
     * {@code validateReservedMemoryConfiguration}: every problem, in the order the kubelet finds
     * them. Several errors are joined as the kubelet's aggregate error prints them.
     */
    static void validateConfiguration(KubeletConfig config) throws KubeletStartError {
        List<String> errors = new ArrayList<>();
        String firstRule = null;
        Map<Integer, TreeSet<String>> seen = new TreeMap<>();
        for (ReservedMemory r : config.reservedMemory()) {
            TreeSet<String> names = seen.computeIfAbsent(r.numaNode(), k -> new TreeSet<>());
            for (Map.Entry<String, Quantity> limit : r.limits().entrySet()) {
                String resource = limit.getKey();
                if (!Resources.isMemoryManaged(resource)) {
                    errors.add(String.format(LIMIT_TYPE_NOT_SUPPORTED, resource, r.numaNode()));
                    firstRule = firstRule == null ? RULE_UNSUPPORTED_LIMIT : firstRule;
                }
                if (limit.getValue().isZero()) {
                    errors.add(String.format(RESERVED_ZERO, r.numaNode(), resource));
                    firstRule = firstRule == null ? RULE_ZERO_LIMIT : firstRule;
                }
                if (!names.add(resource)) {
                    errors.add(String.format(RESERVED_DUPLICATE, r.numaNode(), resource));
                    firstRule = firstRule == null ? RULE_DUPLICATE_LIMIT : firstRule;
                }
            }
        }
        if (errors.size() == 1) {
            throw new KubeletStartError(errors.get(0), firstRule);
        }
        if (!errors.isEmpty()) {
            throw new KubeletStartError("[" + String.join(", ", errors) + "]", firstRule);
        }
    }

    /** {@code getSystemReservedMemory}: per NUMA node, per resource, the reserved bytes. */
    static Map<Integer, Map<String, Long>> systemReserved(
            Machine machine, KubeletConfig config, Trace trace) throws KubeletStartError {
        Map<String, KubeQuantityText.Sum> totals = totalsPerType(machine, config.reservedMemory());
        StringBuilder note = new StringBuilder();
        Map<String, KubeQuantityText.Sum> allocatable =
                NodeAllocatableReservation.of(config, machine, note);
        compareTotals(config, totals, allocatable, note, trace);
        Map<Integer, Map<String, Long>> converted = new TreeMap<>();
        machine.numaNodeIds().forEach(id -> converted.put(id, new TreeMap<>()));
        for (ReservedMemory r : config.reservedMemory()) {
            for (Map.Entry<String, Quantity> limit : r.limits().entrySet()) {
                Quantity q = limit.getValue();
                if (!q.isWhole()
                        || q.amount().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                    throw new KubeletStartError(COULD_NOT_CONVERT, RULE_SUM_MISMATCH);
                }
                converted.get(r.numaNode()).put(limit.getKey(), q.amount().longValueExact());
            }
        }
        return converted;
    }

    /** {@code NewPolicyStatic}: without reserved regular memory the policy refuses to start. */
    static void requireReservedMemory(Map<Integer, Map<String, Long>> systemReserved, Trace trace)
            throws KubeletStartError {
        long total = 0;
        for (Map<String, Long> perNode : systemReserved.values()) {
            total += perNode.getOrDefault(Resources.MEMORY, 0L);
        }
        if (total == 0) {
            trace.add(
                    "memory: no NUMA node reserves regular memory; the Static policy refuses to"
                            + " start without a system reservation");
            throw new KubeletStartError(NO_SYSTEM_RESERVED, RULE_NO_RESERVATION);
        }
    }

    private static Map<String, KubeQuantityText.Sum> totalsPerType(
            Machine machine, List<ReservedMemory> reserved) throws KubeletStartError {
        Map<String, KubeQuantityText.Sum> totals = new TreeMap<>();
        for (ReservedMemory r : reserved) {
            if (!machine.numaNodes().containsKey(r.numaNode())) {
                throw new KubeletStartError(
                        String.format(NUMA_NODE_DOES_NOT_EXIST, r.numaNode()), RULE_UNKNOWN_NUMA);
            }
            r.limits()
                    .forEach(
                            (resource, q) ->
                                    totals.computeIfAbsent(
                                                    resource, k -> new KubeQuantityText.Sum())
                                            .addInFront(q));
        }
        return totals;
    }

    /*
     * Every type named by either side must match; a type missing on one side counts as 0. The
     * kubelet walks the types in Go map order (random); we check memory first, then the rest
     * sorted, so the reported mismatch is stable.
     */
    private static void compareTotals(
            KubeletConfig config,
            Map<String, KubeQuantityText.Sum> totals,
            Map<String, KubeQuantityText.Sum> allocatable,
            StringBuilder note,
            Trace trace)
            throws KubeletStartError {
        TreeSet<String> types = new TreeSet<>(totals.keySet());
        for (String t : allocatable.keySet()) {
            if (Resources.isMemoryManaged(t)) {
                types.add(t);
            }
        }
        List<String> ordered = new ArrayList<>();
        if (types.remove(Resources.MEMORY)) {
            ordered.add(Resources.MEMORY);
        }
        ordered.addAll(types);
        if (ordered.isEmpty()) {
            trace.add(
                    "memory: no reservedMemory and no memory in Node Allocatable ("
                            + note
                            + "): the sums agree at 0");
        }
        for (String type : ordered) {
            String reserved = text(totals.get(type));
            String required = text(allocatable.get(type));
            boolean equal = amount(totals.get(type)).compareTo(amount(allocatable.get(type))) == 0;
            String parts =
                    Resources.MEMORY.equals(type)
                            ? " = " + note
                            : " (hugepages cannot be"
                                    + " reserved through systemReserved or kubeReserved)";
            trace.add(
                    "memory: reservedMemory adds up to "
                            + reserved
                            + " of "
                            + type
                            + " over the NUMA nodes; Node Allocatable reserves "
                            + required
                            + parts
                            + "; the two must be equal -> "
                            + (equal ? "equal" : "not equal, so the kubelet refuses to start"));
            if (!equal) {
                String rule =
                        config.reservedMemory().isEmpty()
                                ? RULE_NO_RESERVATION
                                : Resources.isHugepages(type)
                                        ? RULE_HUGEPAGES_RESERVED
                                        : RULE_SUM_MISMATCH;
                throw new KubeletStartError(
                        String.format(TOTAL_NOT_EQUAL, reserved, type, required), rule);
            }
        }
    }

    private static String text(KubeQuantityText.Sum sum) {
        return sum == null ? "0" : sum.toString();
    }

    private static BigDecimal amount(KubeQuantityText.Sum sum) {
        return sum == null ? BigDecimal.ZERO : sum.amount();
    }
}
