package dev.numaadvisor.core.pod;

import dev.numaadvisor.core.model.Quantity;
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

    /** Whole units of a resource's limit (device resources are counted from limits). */
    public static long limitValue(Container c, String resource) {
        Quantity q = c.limits().get(resource);
        return q == null ? 0 : q.value();
    }
}
