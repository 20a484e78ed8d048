package dev.numaadvisor.core.admission;

/** A pod's outcome: admitted, rejected by the kubelet, or not simulated (numa-advisor's own limit). */
public enum Verdict {
    ADMITTED,
    REJECTED,
    /** numa-advisor's hint search limit, never a kubelet decision. */
    NOT_SIMULATED
}
