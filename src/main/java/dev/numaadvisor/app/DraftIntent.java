package dev.numaadvisor.app;

import dev.numaadvisor.app.understand.Said;
import dev.numaadvisor.core.pod.QosClass;
import dev.numaadvisor.core.scenario.ScenarioPod;

/**
 * The intended pod of {@code draft --pod}: {@code "8 cpu, 16Gi, 1 nvidia.com/gpu"}, the REPL's
 * {@code cpu=8 mem=16Gi gpu=1} or plain English, read by the understanding step. Always
 * Guaranteed (requests = limits): the pods a config is drafted for.
 */
public final class DraftIntent {
    public static final String POD_NAME = "intended";

    private DraftIntent() {
    }

    /** The intended pod, said any way the understanding step reads ("8 cpu, 16Gi, 1 nvidia.com/gpu"). */
    public static ScenarioPod parse(String text) {
        ScenarioPod pod = Said.pod(POD_NAME, text);
        if (!pod.requestsOf().containsKey("cpu")) {
            throw new IllegalArgumentException("the intended pod needs CPUs, e.g. \"8 cpu, 16Gi\"");
        }
        if (pod.qosClass() != QosClass.Guaranteed) {
            throw new IllegalArgumentException("a config is drafted for Guaranteed pods (requests = limits), and \""
                    + text + "\" is " + pod.qosClass() + ": give the amounts once, without limits or a QoS class");
        }
        return pod;
    }

    /** The intended pod sized like {@code pod}: its first app container's requests, Guaranteed. */
    public static ScenarioPod from(ScenarioPod pod) {
        return ScenarioPod.single(POD_NAME, pod.requestsOf(), true);
    }
}
