package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.pod.Pod;

/**
 * A pod shape in the workload mix. Without churn, {@code count} copies arrive at once; with churn,
 * {@code arrivalsPerStep} is a Poisson mean and {@code lifetimeSteps} the mean of an exponential
 * lifetime.
 */
public record PodTemplate(String name, Pod pod, int count, double arrivalsPerStep, double lifetimeSteps) {
    public PodTemplate {
        if (count < 0 || arrivalsPerStep < 0 || lifetimeSteps < 0) {
            throw new IllegalArgumentException("pod template " + name + ": counts and rates must not be negative");
        }
    }
}
