package dev.numaadvisor.core.fleet;

/** One pod of the workload: when it arrives, from which template, and how long it runs (0 = forever). */
public record Arrival(int step, int template, int seq, int lifetimeSteps) {
}
