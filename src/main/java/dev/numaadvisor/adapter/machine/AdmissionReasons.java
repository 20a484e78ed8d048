package dev.numaadvisor.adapter.machine;

import java.util.Set;

/** The reasons the kubelet gives when it rejects a pod at admission, as users see them. */
final class AdmissionReasons {
    /** {@code Topology Affinity Error} with spaces is how 1.16/1.17 spelled it (issue #84869). */
    private static final Set<String> REASONS = Set.of("TopologyAffinityError", "Topology Affinity Error",
            "SMTAlignmentError", "UnexpectedAdmissionError", "NodeAffinity", "NodeName", "NodePorts",
            "UnsupportedOperatingSystem", "InitContainerRestartPolicyForbidden");

    private AdmissionReasons() {
    }

    static boolean isAdmission(String reason) {
        return reason != null && (REASONS.contains(reason) || reason.startsWith("OutOf"));
    }
}
