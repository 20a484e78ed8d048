package dev.numaadvisor.core.admission;

/** A node-level observation reported with the simulation (not a rejection). */
public record NodeFinding(String rule, String severity, String message) {
}
