package dev.numaadvisor.core.pod;

/** The pod QoS classes, spelled as the API spells them. */
public enum QosClass {
    Guaranteed, Burstable, BestEffort
}
