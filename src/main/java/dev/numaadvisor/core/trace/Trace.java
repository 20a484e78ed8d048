package dev.numaadvisor.core.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered reasons behind a simulation's decisions. Each step records what it concerns (the
 * pod and container being decided, set by {@link #about}) and a {@link Decision}; plain sentences
 * an engineer can follow ("cpu: NUMA 1 alone can hold 8 CPUs -> preferred [1]") are
 * {@link Decision.Words}.
 */
public final class Trace {
    private final List<TraceStep> steps = new ArrayList<>();
    private final boolean enabled;
    private String pod;
    private String container;

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

    /** The pod and container the following steps concern; nulls for node-level steps. */
    public void about(String podName, String containerName) {
        this.pod = podName;
        this.container = containerName;
    }

    public void add(String step) {
        if (enabled) {
            steps.add(new TraceStep(pod, container, new Decision.Words(step)));
        }
    }

    public void add(Decision decision) {
        if (enabled) {
            steps.add(new TraceStep(pod, container, decision));
        }
    }

    /** How many steps so far: a mark for {@link #last}. */
    public int size() {
        return steps.size();
    }

    /** The last decision of {@code type} recorded at or after {@code from}, or null. */
    public <T extends Decision> T last(Class<T> type, int from) {
        for (int i = steps.size() - 1; i >= from; i--) {
            Decision d = steps.get(i).decision();
            if (type.isInstance(d)) {
                return type.cast(d);
            }
        }
        return null;
    }

    /** The steps' words, in order. */
    public List<String> steps() {
        return steps.stream().map(TraceStep::text).toList();
    }

    public List<TraceStep> entries() {
        return List.copyOf(steps);
    }
}
