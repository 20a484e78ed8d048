package dev.numaadvisor.core.pod;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The QoS class exactly as {@code pkg/apis/core/v1/helper/qos.GetPodQOS} computes it: only cpu
 * and memory count, zero quantities are ignored, and requests are compared with limits as sums
 * over all containers (init containers included), not container by container.
 */
public final class QosCalculator {
    private static final Set<String> QOS_RESOURCES = Set.of(Resources.CPU, Resources.MEMORY);

    private QosCalculator() {
    }

    /*
     * Every admission asks for the QoS class several times, so the sums are two plain fields per
     * side (cpu, memory; null = nothing counted) rather than maps, and containers are visited in
     * place rather than through a copied list.
     */
    public static QosClass qosClass(Pod pod) {
        Sums requests = new Sums();
        Sums limits = new Sums();
        boolean guaranteed = visit(pod.initContainers(), requests, limits)
                & visit(pod.containers(), requests, limits);
        if (requests.size() == 0 && limits.size() == 0) {
            return QosClass.BestEffort;
        }
        if (guaranteed) {
            guaranteed = matches(requests.cpu, limits.cpu) && matches(requests.memory, limits.memory);
        }
        return guaranteed && requests.size() == limits.size() ? QosClass.Guaranteed : QosClass.Burstable;
    }

    /** Adds the containers' counted requests and limits; false when one lacks a cpu or memory limit. */
    private static boolean visit(List<Container> containers, Sums requests, Sums limits) {
        boolean allLimited = true;
        for (Container c : containers) {
            c.requests().forEach(requests::addIfCounted);
            int limitsFound = 0;
            for (Map.Entry<String, Quantity> e : c.limits().entrySet()) {
                if (limits.addIfCounted(e.getKey(), e.getValue())) {
                    limitsFound++;
                }
            }
            if (limitsFound != QOS_RESOURCES.size()) {
                allLimited = false;
            }
        }
        return allLimited;
    }

    /** A request sum without a limit, or with a different one, breaks Guaranteed. */
    private static boolean matches(BigDecimal request, BigDecimal limit) {
        return request == null || (limit != null && limit.compareTo(request) == 0);
    }

    /** Positive cpu and memory quantities summed over containers. */
    private static final class Sums {
        BigDecimal cpu;
        BigDecimal memory;

        boolean addIfCounted(String name, Quantity q) {
            if (q.amount().signum() <= 0) {
                return false;
            }
            if (Resources.CPU.equals(name)) {
                cpu = cpu == null ? q.amount() : cpu.add(q.amount());
                return true;
            }
            if (Resources.MEMORY.equals(name)) {
                memory = memory == null ? q.amount() : memory.add(q.amount());
                return true;
            }
            return false;
        }

        int size() {
            return (cpu == null ? 0 : 1) + (memory == null ? 0 : 1);
        }
    }
}
