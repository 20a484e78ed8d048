package dev.numaadvisor.adapter.machine;

/** Byte counts written the way Kubernetes users read them: the largest exact binary suffix. */
public final class KubeQuantities {
    private static final String[] SUFFIXES = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};

    private KubeQuantities() {
    }

    /** {@code 274877906944} → {@code 256Gi}; {@code 1000} → {@code 1000}; 0 → {@code 0}. */
    public static String bytes(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        for (int i = 0; i < SUFFIXES.length; i++) {
            long unit = 1L << (10 * (SUFFIXES.length - i));
            if (bytes % unit == 0) {
                return (bytes / unit) + SUFFIXES[i];
            }
        }
        return Long.toString(bytes);
    }

    /** The resource name of a hugepage size: 2048 kB → {@code hugepages-2Mi}. */
    public static String hugepagesResource(long pageSizeKb) {
        return "hugepages-" + bytes(pageSizeKb * 1024);
    }
}
