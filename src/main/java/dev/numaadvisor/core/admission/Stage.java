package dev.numaadvisor.core.admission;

/** Which step of the kubelet's admission decided a rejection. */
public enum Stage {
    /** The policy's merge did not admit (TopologyAffinityError). */
    TOPOLOGY_MANAGER,
    /** A hint provider's allocation failed (SMTAlignmentError, UnexpectedAdmissionError, …). */
    ALLOCATION,
    /** The predicate handler's resource fit against node allocatable (OutOfcpu, …). */
    RESOURCE_FIT,
    /** numa-advisor's hint search limit (NotSimulated). */
    SEARCH_LIMIT
}
