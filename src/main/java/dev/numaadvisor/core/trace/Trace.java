package dev.numaadvisor.core.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered, human-readable reasons behind a simulation's decisions. Steps are plain sentences
 * an engineer can follow ("cpu: NUMA 1 alone can hold 8 CPUs -> preferred [1]").
 */
public final class Trace {
    private final List<String> steps = new ArrayList<>();
    private final boolean enabled;

    public Trace() {
        this(true);
    }

    /** A disabled trace records nothing: fleet runs skip the string building. */
    public Trace(boolean enabled) {
        this.enabled = enabled;
    }

    public static Trace disabled() {
        return new Trace(false);
    }

    public boolean enabled() {
        return enabled;
    }

    public void add(String step) {
        if (enabled) {
            steps.add(step);
        }
    }

    public List<String> steps() {
        return Collections.unmodifiableList(steps);
    }
}
