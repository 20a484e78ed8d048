package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.hint.TopologyHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which NUMA node lacked what, read from the providers' hints (no new decision is taken). */
final class Shortfalls {
    private Shortfalls() {
    }

    /**
     * Per NUMA node and resource (hints in resource order, nodes ascending): the node lacks the
     * resource when no preferred hint names that node alone. A null list is no preference.
     */
    static List<NumaShortfall> of(Map<String, List<TopologyHint>> hints, List<Integer> numaNodes) {
        List<NumaShortfall> out = new ArrayList<>();
        if (hints == null) {
            return out;
        }
        for (int node : numaNodes) {
            hints.forEach((resource, list) -> {
                if (list != null && list.stream().noneMatch(h -> alone(h, node))) {
                    out.add(new NumaShortfall(node, resource));
                }
            });
        }
        return out;
    }

    private static boolean alone(TopologyHint h, int node) {
        return h.preferred() && h.affinity() != null && h.affinity().count() == 1
                && h.affinity().ids().get(0) == node;
    }
}
