package dev.numaadvisor.core.fleet;

/** kube-scheduler's NodeResourcesFit scoring strategies. */
public enum Scoring {
    /** Spread: prefer the node with the most free resources (the default strategy). */
    LEAST_ALLOCATED("LeastAllocated"),
    /** Bin-pack: prefer the fullest node that still fits. */
    MOST_ALLOCATED("MostAllocated");

    private final String kubeName;

    Scoring(String kubeName) {
        this.kubeName = kubeName;
    }

    public String kubeName() {
        return kubeName;
    }

    public static Scoring fromKubeName(String name) {
        for (Scoring s : values()) {
            if (s.kubeName.equals(name)) {
                return s;
            }
        }
        return null;
    }
}
