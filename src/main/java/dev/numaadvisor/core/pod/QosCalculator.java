package dev.numaadvisor.core.pod;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The QoS class exactly as {@code pkg/apis/core/v1/helper/qos.GetPodQOS} computes it: only cpu
 * and memory count, zero quantities are ignored, and requests are compared with limits as sums
 * over all containers (init containers included), not container by container.
 */
public final class QosCalculator {
    private static final Set<String> QOS_RESOURCES = Set.of(Resources.CPU, Resources.MEMORY);

    private QosCalculator() {
    }

    public static QosClass qosClass(Pod pod) {
        Map<String, BigDecimal> requests = new TreeMap<>();
        Map<String, BigDecimal> limits = new TreeMap<>();
        boolean guaranteed = true;
        for (Container c : pod.allContainers()) {
            c.requests().forEach((name, q) -> addIfCounted(requests, name, q));
            int limitsFound = 0;
            for (Map.Entry<String, Quantity> e : c.limits().entrySet()) {
                if (addIfCounted(limits, e.getKey(), e.getValue())) {
                    limitsFound++;
                }
            }
            if (limitsFound != QOS_RESOURCES.size()) {
                guaranteed = false;
            }
        }
        if (requests.isEmpty() && limits.isEmpty()) {
            return QosClass.BestEffort;
        }
        if (guaranteed) {
            for (Map.Entry<String, BigDecimal> e : requests.entrySet()) {
                BigDecimal limit = limits.get(e.getKey());
                if (limit == null || limit.compareTo(e.getValue()) != 0) {
                    guaranteed = false;
                    break;
                }
            }
        }
        return guaranteed && requests.size() == limits.size() ? QosClass.Guaranteed : QosClass.Burstable;
    }

    private static boolean addIfCounted(Map<String, BigDecimal> sums, String name, Quantity q) {
        if (!QOS_RESOURCES.contains(name) || q.amount().signum() <= 0) {
            return false;
        }
        sums.merge(name, q.amount(), BigDecimal::add);
        return true;
    }
}
