package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.model.ResourceAmounts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pods the kubelet counts as active (admitted and not yet removed) with their requests: the
 * {@code OtherPods} the predicate admit handler sums. A pod whose containers are removed one by
 * one stays active, as the kubelet keeps a pod until the pod itself is deleted.
 */
final class ActivePods {
    private final Map<String, ResourceAmounts> requests = new LinkedHashMap<>();
    private ResourceAmounts used = ResourceAmounts.ZERO;

    void add(String podUid, ResourceAmounts request) {
        ResourceAmounts old = requests.put(podUid, request);
        if (old != null) {
            used = used.minus(old);
        }
        used = used.plus(request);
    }

    /** Forgets a pod; false when it was not active. */
    boolean remove(String podUid) {
        ResourceAmounts old = requests.remove(podUid);
        if (old == null) {
            return false;
        }
        used = used.minus(old);
        return true;
    }

    boolean contains(String podUid) {
        return requests.containsKey(podUid);
    }

    /** What the active pods request together. */
    ResourceAmounts used() {
        return used;
    }

    int count() {
        return requests.size();
    }
}
