package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.pod.Pod;

/** A lifecycle event processed after the scenario's pods: a removal or a late admission. */
public sealed interface Event permits Event.Remove, Event.Admit {
    /** Removes one container, or the whole pod when {@code container} is null. */
    record Remove(String pod, String container) implements Event {
    }

    record Admit(Pod pod) implements Event {
    }
}
