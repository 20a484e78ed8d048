package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Draft;
import dev.numaadvisor.app.DraftIntent;
import dev.numaadvisor.app.DraftResult;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionConfig;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.scenario.ScenarioPod;

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
        ScenarioPod intent = DraftIntent.from(s.pods().get(0));
        // The walkthrough prints the config, not the capacity table: skip those simulations.
        DraftResult r = Draft.draft(s, intent, topologyPolicy, KubeVersion.NEWEST, false);
        return Draft.config(r);
    }

    public static String summary(Session s) {
        KubeletConfig c = s.config().config();
        return "static CPU manager, Static memory manager, " + c.topologyManagerPolicy() + ", reservedSystemCPUs "
                + c.reservedSystemCPUs();
    }
}
