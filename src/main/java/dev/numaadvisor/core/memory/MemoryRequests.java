package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a container or a pod asks of the Memory Manager: bytes of {@code memory} and of every {@code
 * hugepages-<size>} ({@code getRequestedResources}, {@code getPodRequestedResources}). Maps list
 * {@code memory} first, then hugepages by name: the kubelet's order is Go map order, this one is
 * fixed.
 */
final class MemoryRequests {
    /** Memory first, then the rest by name. */
    static final Comparator<String> MEMORY_FIRST =
            Comparator.comparing((String s) -> !Resources.MEMORY.equals(s))
                    .thenComparing(Comparator.naturalOrder());

    /** A request that is not a whole number of bytes (e.g. {@code 100m}) or exceeds int64. */
    static final class NotInt64 extends Exception {
        NotInt64() {
            super(MemoryManagerMessages.QUANTITY_NOT_INT64, null, false, false);
        }
    }

    private MemoryRequests() {}

    static TreeMap<String, Long> ofContainer(Container container) throws NotInt64 {
        TreeMap<String, Long> out = new TreeMap<>(MEMORY_FIRST);
        for (Map.Entry<String, Quantity> e : container.requests().entrySet()) {
            if (!Resources.isMemoryManaged(e.getKey())) {
                continue;
            }
            Quantity q = e.getValue();
            if (!q.isWhole()
                    || q.amount().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw new NotInt64();
            }
            out.put(e.getKey(), q.amount().longValueExact());
        }
        return out;
    }

    /*
     * Pod scope, per resource:
     * - init containers in order: a sidecar (restartable) adds to the running sidecar total; a
     *   regular init container needs its own request plus the sidecars started before it, and the
     *   largest such value is the init peak;
     * - long-running = sum of app containers + sum of all sidecars;
     * - requested = max(long-running, init peak), but only for resources app containers ask for
     *   (a resource only an init container requests drops out, as in the kubelet).
     */
    static TreeMap<String, Long> ofPod(Pod pod) throws NotInt64 {
        Map<String, Long> initPeak = new TreeMap<>();
        Map<String, Long> sidecars = new TreeMap<>();
        for (Container c : pod.initContainers()) {
            for (Map.Entry<String, Long> e : ofContainer(c).entrySet()) {
                String r = e.getKey();
                initPeak.putIfAbsent(r, 0L);
                if (c.restartPolicyAlways()) {
                    sidecars.merge(r, e.getValue(), Long::sum);
                } else {
                    long withSidecars = sidecars.getOrDefault(r, 0L) + e.getValue();
                    if (Long.compareUnsigned(withSidecars, initPeak.get(r)) > 0) {
                        initPeak.put(r, withSidecars);
                    }
                }
            }
        }
        Map<String, Long> apps = new TreeMap<>();
        for (Container c : pod.containers()) {
            ofContainer(c).forEach((r, v) -> apps.merge(r, v, Long::sum));
        }
        TreeMap<String, Long> out = new TreeMap<>(MEMORY_FIRST);
        apps.forEach(
                (r, v) -> {
                    long longRunning = v + sidecars.getOrDefault(r, 0L);
                    long peak = initPeak.getOrDefault(r, 0L);
                    out.put(r, Long.compareUnsigned(longRunning, peak) < 0 ? peak : longRunning);
                });
        return out;
    }

    /** {@code memory 1Gi, hugepages-1Gi 1Gi} for trace lines. */
    static String describe(Map<String, Long> requested) {
        StringBuilder sb = new StringBuilder();
        requested.forEach(
                (r, v) ->
                        sb.append(sb.length() == 0 ? "" : ", ")
                                .append(r)
                                .append(' ')
                                .append(KubeQuantityText.bytes(v)));
        return sb.length() == 0 ? "no memory or hugepages" : sb.toString();
    }
}
