package dev.numaadvisor.core.admission;

/**
 * An allocation or admission failure carrying the kubelet's pod-status reason
 * ({@code TopologyAffinityError}, {@code SMTAlignmentError}, …) and message.
 */
public final class AdmissionError extends Exception {
    public static final String TOPOLOGY_AFFINITY_ERROR = "TopologyAffinityError";
    public static final String TOPOLOGY_AFFINITY_MESSAGE = "Resources cannot be allocated with Topology locality";
    public static final String UNEXPECTED_ADMISSION_ERROR = "UnexpectedAdmissionError";
    /** The static CPU policy's reason for full-pcpus-only rejections (cpumanager SMTAlignmentError). */
    public static final String SMT_ALIGNMENT_ERROR = "SMTAlignmentError";
    /**
     * numa-advisor's own reason, never the kubelet's: the pod's hints or merge needed more search
     * than {@code HintBounds} allow on a machine with many NUMA nodes, so no decision was simulated.
     */
    public static final String NOT_SIMULATED = "NotSimulated";

    private final String reason;

    public AdmissionError(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /**
     * An error without its own type, converted as {@code admission.GetPodAdmitResult} does:
     * reason UnexpectedAdmissionError, "Allocate failed due to ..., which is unexpected".
     */
    public static AdmissionError unexpected(String errorText) {
        return new AdmissionError(UNEXPECTED_ADMISSION_ERROR,
                "Allocate failed due to " + errorText + ", which is unexpected");
    }

    public String reason() {
        return reason;
    }
}
