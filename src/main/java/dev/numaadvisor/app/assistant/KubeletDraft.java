package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Draft;
import dev.numaadvisor.app.DraftIntent;
import dev.numaadvisor.app.DraftResult;
import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.app.session.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public static Map<String, Object> draft(Session s, String topologyPolicy, boolean podScope) {
        Map<String, Object> pod = s.pods().values().iterator().next();
        Map<String, Object> requests = firstRequests(pod);
        try {
            Map<String, Object> intent = PodSpec.manifest(DraftIntent.POD_NAME, requests, true);
            // The walkthrough prints the config, not the capacity table: skip those simulations.
            return Draft.configMap(Draft.draft(s, intent, topologyPolicy, KubeVersion.NEWEST, false));
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The pod cannot be admitted aligned (too big for one NUMA node, fractional CPUs): the
            // node still needs its config, drafted for the smallest pod with the same devices; the
            // simulation then shows why this pod is rejected or shared.
            Map<String, Object> small = new LinkedHashMap<>();
            small.put("cpu", "2");
            small.put("memory", "1Gi");
            requests.forEach((k, v) -> {
                if (k.contains("/")) {
                    small.put(k, v);
                }
            });
            try {
                return Draft.configMap(Draft.draft(s, PodSpec.manifest(DraftIntent.POD_NAME, small, true), topologyPolicy,
                        KubeVersion.NEWEST, false));
            } catch (IllegalStateException | IllegalArgumentException again) {
                small.keySet().removeIf(k -> k.contains("/"));
                return Draft.configMap(Draft.draft(s, PodSpec.manifest(DraftIntent.POD_NAME, small, true), topologyPolicy,
                        KubeVersion.NEWEST, false));
            }
        }
    }

    public static String summary(Session s) {
        Map<String, Object> c = s.kubeletConfig();
        return "static CPU manager, Static memory manager, " + c.get("topologyManagerPolicy") + ", reservedSystemCPUs "
                + c.get("reservedSystemCPUs");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstRequests(Map<String, Object> pod) {
        Map<String, Object> spec = (Map<String, Object>) pod.get("spec");
        Map<String, Object> c = (Map<String, Object>) ((List<Object>) spec.get("containers")).get(0);
        Map<String, Object> res = (Map<String, Object>) c.get("resources");
        return new LinkedHashMap<>((Map<String, Object>) res.get("requests"));
    }
}
