package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletMetrics;
import java.util.List;

/**
 * The staged rollout of a drafted config, written for a human: numa-advisor never runs it. The
 * node-changing commands it writes are listed in {@link #changingCommands()}, and a test holds
 * them to the same catalogue the answer checker marks commands with
 * ({@link dev.numaadvisor.app.check.DangerousCommands}).
 */
final class DraftRollout {
    static final String FOR_A_HUMAN = "[for a human to run after review] ";
    static final String DRAIN = "kubectl drain NODE --ignore-daemonsets --delete-emptydir-data";
    static final String STOP = "systemctl stop kubelet";
    static final String REMOVE_STATE = "rm /var/lib/kubelet/cpu_manager_state /var/lib/kubelet/memory_manager_state";
    static final String START = "systemctl start kubelet";

    static List<String> changingCommands() {
        return List.of(DRAIN, STOP, REMOVE_STATE, START);
    }

    private DraftRollout() {
    }

    static List<String> steps(DraftPlan plan) {
        return List.of(
                FOR_A_HUMAN + "pick one canary node; cordon and drain it: " + DRAIN
                        + " (running pods keep their old cpusets, NUMA-STATE-005)",
                FOR_A_HUMAN + "stop the kubelet: " + STOP,
                FOR_A_HUMAN + "remove the resource managers' state files, whose policy and reservations no longer"
                        + " match (NUMA-STATE-001..004): " + REMOVE_STATE,
                FOR_A_HUMAN + "install the drafted KubeletConfiguration, then start the kubelet:"
                        + " " + START,
                FOR_A_HUMAN + "verify: kubectl describe node NODE (Allocatable cpu is the capacity minus "
                        + plan.reservedCpus().size() + " reserved CPU(s); memory minus the reservation)",
                FOR_A_HUMAN + "uncordon, schedule one intended pod, and watch for rejections:"
                        + " kubectl get events --field-selector reason=" + AdmissionError.TOPOLOGY_AFFINITY_ERROR,
                FOR_A_HUMAN + "watch the kubelet metric " + KubeletMetrics.TOPOLOGY_ADMISSION_ERRORS
                        + " on /metrics stay flat",
                FOR_A_HUMAN + "then roll out node by node (or per node pool), repeating drain, state-file removal"
                        + " and restart on each");
    }
}
