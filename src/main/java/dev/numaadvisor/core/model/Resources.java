package dev.numaadvisor.core.model;

/** Resource names the managers treat specially, spelled as the kubelet spells them. */
public final class Resources {
    public static final String CPU = "cpu";
    public static final String MEMORY = "memory";
    public static final String HUGEPAGES_PREFIX = "hugepages-";
    public static final String EPHEMERAL_STORAGE = "ephemeral-storage";

    private Resources() {
    }

    public static boolean isHugepages(String name) {
        return name.startsWith(HUGEPAGES_PREFIX);
    }

    /** Memory Manager resources: regular memory and every hugepages size. */
    public static boolean isMemoryManaged(String name) {
        return MEMORY.equals(name) || isHugepages(name);
    }

    /**
     * Scalar resources as the scheduler's resource accounting keeps them beside cpu, memory and
     * ephemeral storage: hugepages, extended resources, {@code kubernetes.io/}-prefixed native
     * resources and attachable volumes.
     */
    public static boolean isScalar(String name) {
        return isHugepages(name) || isExtended(name) || name.contains("/")
                || name.startsWith("attachable-volumes-");
    }

    /**
     * Extended (device-plugin) resources: a domain-qualified name outside {@code kubernetes.io},
     * e.g. {@code nvidia.com/gpu}.
     */
    public static boolean isExtended(String name) {
        int slash = name.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        String domain = name.substring(0, slash);
        return !domain.equals("kubernetes.io") && !domain.endsWith(".kubernetes.io")
                && !name.startsWith("requests.");
    }
}
