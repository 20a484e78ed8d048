package dev.numaadvisor.core.hint;

import java.math.BigInteger;

/**
 * A bounded hint search gave up: the answer exists (the kubelet's rules decide it) but finding it
 * would take more steps than {@link HintBounds#searchSteps()}. Not a kubelet decision: admission
 * reports it as a pod that was not simulated, with this message (what, why, how to get an answer).
 */
public final class HintSearchLimit extends RuntimeException {
    public HintSearchLimit(String task, long steps, int numaNodes) {
        this(message(task, steps, numaNodes));
    }

    /** A limit of another kind than steps; the message says what, why and how to get an answer. */
    public HintSearchLimit(String message) {
        super(message, null, false, false);
    }

    static String message(String task, long steps, int numaNodes) {
        return "numa-advisor stopped: " + task + " needs more than " + String.format("%,d", steps)
                + " search steps on this machine of " + numaNodes + " NUMA nodes, where the kubelet"
                + " itself would try all " + masks(numaNodes) + " NUMA masks per resource. To get an"
                + " answer: model fewer NUMA nodes (up to " + HintBounds.PLAIN_MAX_NUMA_NODES
                + " are simulated in full), request fewer NUMA nodes' worth of CPUs, memory or"
                + " devices per container, or turn off prefer-closest-numa-nodes";
    }

    /** "2^64 - 1 = 18,446,744,073,709,551,615". */
    public static String masks(int numaNodes) {
        BigInteger count = BigInteger.ONE.shiftLeft(numaNodes).subtract(BigInteger.ONE);
        return "2^" + numaNodes + " - 1 = " + String.format("%,d", count);
    }
}
