package dev.numaadvisor.core.fleet;

/**
 * One pod shape under one config: how many pods arrived, were admitted, were placed by the
 * scheduler and then rejected by the kubelet (at least once), and how often the scheduler placed
 * such pods on a node that rejected them (the runaway-pod pattern: each re-created pod lands
 * again on a node that only looks big enough).
 */
public record ShapeOutcome(String template, String shape, int pods, int admitted, int placedThenRejected,
                           int kubeletRejections, int neverAdmitted) {
}
