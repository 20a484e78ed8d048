package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.config.KubeletConfig;

/**
 * The static policy's full-pcpus-only check, the one place it is coded
 * ({@code pkg/kubelet/cm/cpumanager/policy_static.go}, {@code SMTAlignmentError}): the
 * simulator's allocation, the lint rule, the diagnosis and the draft all ask it, so they cannot
 * disagree on which requests are rejected.
 */
public final class SmtAlignment {
    public static final String REASON = AdmissionError.SMT_ALIGNMENT_ERROR;
    static final String NOT_MULTIPLE = "SMT Alignment Error: requested %d cpus not multiple cpus per core = %d";
    static final String NOT_ENOUGH = "SMT Alignment Error: not enough free physical CPUs:"
            + " available physical CPUs = %d, requested CPUs = %d, CPUs per core = %d";

    private SmtAlignment() {
    }

    /** Whether the check runs at all: the static policy with full-pcpus-only. */
    public static boolean enforced(KubeletConfig config) {
        return KubeletConfig.CPU_POLICY_STATIC.equals(config.cpuManagerPolicy())
                && config.cpuOption(CpuPolicyOptionCatalog.FULL_PCPUS_ONLY);
    }

    /*
     * The kubelet's two cases, in its order, for a container given `count` exclusive CPUs:
     *   1. count not a multiple of the CPUs per core -> rejected (known from the request alone);
     *   2. count above the free CPUs on cores without a reserved thread -> rejected (needs the
     *      shared pool at that moment, so only the simulator can tell).
     * A count of 0 (shared pool) is never checked.
     */
    /** Case 1's message, or null when {@code count} is whole cores. */
    public static String notWholeCores(long count, int cpusPerCore) {
        if (count == 0 || cpusPerCore <= 0 || count % cpusPerCore == 0) {
            return null;
        }
        return String.format(NOT_MULTIPLE, count, cpusPerCore);
    }

    /** Case 2's message, or null when {@code freePhysicalCpus} hold {@code count}. */
    public static String notEnoughWholeCores(long count, int freePhysicalCpus, int cpusPerCore) {
        if (count <= freePhysicalCpus) {
            return null;
        }
        return String.format(NOT_ENOUGH, freePhysicalCpus, count, cpusPerCore);
    }
}
