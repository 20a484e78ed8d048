package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Draft;
import dev.numaadvisor.app.DraftIntent;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionConfig;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assistant's view of {@link Draft}, the single source of truth for drafted configs: the
 * config for the session's node and its first pod (as a Guaranteed intent: the pods a config is
 * drafted for), under the Topology Manager policy the user asked for. Draft always chooses pod
 * scope; {@code podScope} is kept for the callers and only confirms that choice.
 */
public final class KubeletDraft {
    /** Reserved for the OS and kubelet (from {@link Draft}): a common choice, not a sizing recommendation. */
    public static final String SYSTEM_RESERVED_MEMORY = "1Gi";
    /** 1Gi systemReserved + 100Mi (the kubelet's default evictionHard memory.available). */
    public static final String RESERVED_MEMORY_TOTAL = "1124Mi";

    private KubeletDraft() {
    }

    /** Throws IllegalStateException when the session has no pod to draft for. */
    public static SessionConfig draft(Session s, String topologyPolicy, boolean podScope) {
        if (s.pods().isEmpty()) {
            throw new IllegalStateException("no pod to draft for: describe a pod first");
        }
        Map<String, Quantity> requests = s.pods().get(0).requestsOf();
        try {
            // The walkthrough prints the config, not the capacity table: skip those simulations.
            return Draft.config(Draft.draft(s, DraftIntent.from(s.pods().get(0)), topologyPolicy, KubeVersion.NEWEST, false));
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The pod cannot be admitted aligned (too big for one NUMA node, fractional CPUs): the
            // node still needs its config, drafted for the smallest pod with the same devices; the
            // simulation then shows why this pod is rejected or shared.
            Map<String, Quantity> small = new TreeMap<>();
            small.put("cpu", Quantity.parse("2"));
            small.put("memory", Quantity.parse("1Gi"));
            requests.forEach((k, v) -> {
                if (k.contains("/")) {
                    small.put(k, v);
                }
            });
            try {
                return smallest(s, small, topologyPolicy);
            } catch (IllegalStateException | IllegalArgumentException again) {
                small.keySet().removeIf(k -> k.contains("/"));
                return smallest(s, small, topologyPolicy);
            }
        }
    }

    private static SessionConfig smallest(Session s, Map<String, Quantity> requests, String topologyPolicy) {
        ScenarioPod intent = ScenarioPod.single(DraftIntent.POD_NAME, requests, true);
        return Draft.config(Draft.draft(s, intent, topologyPolicy, KubeVersion.NEWEST, false));
    }

    public static String summary(Session s) {
        KubeletConfig c = s.config().config();
        return "static CPU manager, Static memory manager, " + c.topologyManagerPolicy() + ", reservedSystemCPUs "
                + c.reservedSystemCPUs();
    }
}
