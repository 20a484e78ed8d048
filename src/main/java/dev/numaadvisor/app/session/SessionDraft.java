package dev.numaadvisor.app.session;

import dev.numaadvisor.app.Draft;
import dev.numaadvisor.app.DraftIntent;
import dev.numaadvisor.app.DraftResult;
import dev.numaadvisor.core.config.KubeVersion;

/**
 * {@code /draft} on a session: the draft for its node and first pod, and adopting that draft as
 * the session's kubelet config. {@code strictness} is a Topology Manager policy or null (the
 * strictest that admits the pod aligned). Throws IllegalStateException without a pod.
 */
public final class SessionDraft {
    private SessionDraft() {
    }

    /** The draft; the session is not changed. */
    public static DraftResult draft(Session session, String strictness) {
        if (session.pods().isEmpty()) {
            throw new IllegalStateException("no pod yet: /pod add NAME cpu=8 mem=16Gi gpu=1");
        }
        return Draft.draft(session, DraftIntent.from(session.pods().get(0)), strictness, KubeVersion.NEWEST);
    }

    /**
     * Drafts and replaces the session's kubelet config with the draft (the whole config: a draft
     * is checked as a whole, and a field kept from the old config could undo its checks).
     */
    public static DraftResult apply(Session session, String strictness) {
        DraftResult r = draft(session, strictness);
        session.config(Draft.config(r));
        return r;
    }
}
