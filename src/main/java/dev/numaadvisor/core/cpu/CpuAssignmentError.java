package dev.numaadvisor.core.cpu;

/**
 * The topology allocator could not produce the CPUs it was asked for. The message is the kubelet's
 * own error text ({@code not enough cpus available to satisfy request: ...}), which admission wraps
 * as an {@code UnexpectedAdmissionError}.
 */
public final class CpuAssignmentError extends Exception {
    public CpuAssignmentError(String kubeletMessage) {
        super(kubeletMessage, null, false, false);
    }
}
