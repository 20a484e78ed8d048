package dev.numaadvisor.core.config;

/**
 * A Kubernetes minor release ({@code 1.35}). Option maturity and feature-gate defaults depend on
 * it; {@link #NEWEST} is the default when a scenario names none.
 */
public record KubeVersion(int major, int minor) implements Comparable<KubeVersion> {
    /** The newest release whose kubelet behaviour the specs describe. */
    public static final KubeVersion NEWEST = new KubeVersion(1, 35);
    /** The oldest release the simulator models (Memory Manager beta). */
    public static final KubeVersion OLDEST = new KubeVersion(1, 22);

    public static KubeVersion parse(String text) {
        String s = text.trim();
        if (s.startsWith("v")) {
            s = s.substring(1);
        }
        String[] parts = s.split("\\.");
        if (parts.length < 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a Kubernetes version: expected e.g. 1.35");
        }
        return new KubeVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public boolean atLeast(int maj, int min) {
        return compareTo(new KubeVersion(maj, min)) >= 0;
    }

    @Override
    public int compareTo(KubeVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
