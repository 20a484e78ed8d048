package dev.numaadvisor.core.pod;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.ResourceAmounts;
import dev.numaadvisor.core.model.Resources;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pod-level aggregate of a resource as the kubelet's shared pod-limits helper computes it: the
 * larger of (app containers + restartable sidecars) and, for each plain init container, its own
 * amount plus the sidecars started before it.
 */
public final class PodRequests {
    private PodRequests() {
    }

    /** Aggregate of {@code amount} (e.g. a container's limit in whole units) over the pod. */
    public static long aggregate(Pod pod, Function<Container, Long> amount) {
        long sidecars = 0;
        long initMax = 0;
        for (Container c : pod.initContainers()) {
            long a = amount.apply(c);
            if (c.restartPolicyAlways()) {
                sidecars += a;
                initMax = Math.max(initMax, sidecars);
            } else {
                initMax = Math.max(initMax, a + sidecars);
            }
        }
        long apps = sidecars;
        for (Container c : pod.containers()) {
            apps += amount.apply(c);
        }
        return Math.max(apps, initMax);
    }

    /**
     * The pod's requests as the scheduler and the kubelet's fit check count them
     * ({@code PodRequests} of {@code k8s.io/component-helpers/resource}): per resource the
     * aggregate above, taken on exact quantities, plus {@code spec.overhead}; then cpu in
     * millicores and everything else in whole units, each rounded up once. Resources that are
     * neither cpu, memory nor scalar (ephemeral-storage: the machine model has no disk) are left
     * out.
     */
    public static ResourceAmounts of(Pod pod) {
        ResourceAmounts cached = pod.cachedRequests();
        if (cached == null) {
            cached = compute(pod);
            pod.cacheRequests(cached);
        }
        return cached;
    }

    private static ResourceAmounts compute(Pod pod) {
        Map<String, BigDecimal> apps = new TreeMap<>();
        Map<String, BigDecimal> sidecars = new TreeMap<>();
        Map<String, BigDecimal> initPeak = new TreeMap<>();
        for (Container c : pod.initContainers()) {
            Map<String, BigDecimal> use;
            if (c.restartPolicyAlways()) {
                add(sidecars, c.requests());
                add(apps, c.requests());
                use = sidecars;
            } else {
                use = new TreeMap<>(sidecars);
                add(use, c.requests());
            }
            use.forEach((name, amount) -> initPeak.merge(name, amount, BigDecimal::max));
        }
        for (Container c : pod.containers()) {
            add(apps, c.requests());
        }
        initPeak.forEach((name, amount) -> apps.merge(name, amount, BigDecimal::max));
        add(apps, pod.overhead());
        long cpuMillis = 0;
        long memoryBytes = 0;
        Map<String, Long> scalars = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : apps.entrySet()) {
            String name = e.getKey();
            if (Resources.CPU.equals(name)) {
                cpuMillis = e.getValue().movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
            } else if (Resources.MEMORY.equals(name)) {
                memoryBytes = whole(e.getValue());
            } else if (Resources.isScalar(name)) {
                scalars.put(name, whole(e.getValue()));
            }
        }
        return new ResourceAmounts(cpuMillis, memoryBytes, scalars);
    }

    private static void add(Map<String, BigDecimal> sum, Map<String, Quantity> amounts) {
        amounts.forEach((name, q) -> sum.merge(name, q.amount(), BigDecimal::add));
    }

    private static long whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** Whole units of a resource's limit (device resources are counted from limits). */
    public static long limitValue(Container c, String resource) {
        Quantity q = c.limits().get(resource);
        return q == null ? 0 : q.value();
    }
}
