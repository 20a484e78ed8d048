package dev.numaadvisor.core.admission;

/**
 * One resource a pod does not fit in ({@code InsufficientResourceError} of
 * {@code pkg/kubelet/lifecycle/predicate.go}): what the pod requests, what the active pods already
 * request, and the node's allocatable amount, in millicores for cpu and whole units otherwise.
 */
public record InsufficientResource(String resourceName, long requested, long used, long capacity) {
    /** The kubelet's prefix for every resource it runs out of ({@code OutOfcpu}, {@code OutOfpods}, …). */
    public static final String REASON_PREFIX = "OutOf";

    /** The pod status reason: {@code OutOf} + the resource name, as the predicate admit handler builds it. */
    public String reason() {
        return REASON_PREFIX + resourceName;
    }

    /** The kubelet's message, word for word. */
    public String message() {
        return "Node didn't have enough resource: " + resourceName + ", requested: " + requested + ", used: "
                + used + ", capacity: " + capacity;
    }
}
