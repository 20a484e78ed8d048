package dev.numaadvisor.core.config;

import dev.numaadvisor.core.model.Quantity;

/**
 * The memory the hard eviction threshold {@code memory.available} takes out of node allocatable
 * ({@code hardEvictionReservation} in {@code pkg/kubelet/cm/helpers.go}), shared by Node
 * Allocatable and the Memory Manager's reservation check so that both read a threshold alike.
 */
public final class HardEviction {
    public static final String MEMORY_AVAILABLE = "memory.available";

    private HardEviction() {
    }

    /** What a threshold text means, in the eviction parser's cases. */
    public enum Kind {
        /** no {@code memory.available} threshold at all */
        ABSENT,
        /** exactly {@code 0%} or {@code 100%}: the kubelet ignores the threshold */
        IGNORED,
        /** a percentage of the machine's memory capacity */
        PERCENTAGE,
        /** an absolute quantity */
        QUANTITY,
        /** neither a percentage nor a quantity (the kubelet would not start; nothing reserved here) */
        UNREADABLE
    }

    public static Kind kind(String threshold) {
        if (threshold == null) {
            return Kind.ABSENT;
        }
        String value = threshold.trim();
        if (value.endsWith("%")) {
            if (value.equals("0%") || value.equals("100%")) {
                return Kind.IGNORED;
            }
            try {
                Double.parseDouble(value.substring(0, value.length() - 1));
                return Kind.PERCENTAGE;
            } catch (NumberFormatException e) {
                return Kind.UNREADABLE;
            }
        }
        try {
            Quantity.parse(value);
            return Kind.QUANTITY;
        } catch (IllegalArgumentException e) {
            return Kind.UNREADABLE;
        }
    }

    /**
     * Bytes reserved by {@code threshold} on a machine with {@code memoryCapacityBytes}: a
     * percentage is parsed as a float32 fraction and applied to the capacity, as the eviction
     * parser does; 0 when absent, ignored or unreadable.
     */
    public static long bytes(String threshold, long memoryCapacityBytes) {
        switch (kind(threshold)) {
            case PERCENTAGE: {
                String value = threshold.trim();
                float fraction = (float) Double.parseDouble(value.substring(0, value.length() - 1)) / 100f;
                return (long) ((double) memoryCapacityBytes * (double) fraction);
            }
            case QUANTITY:
                return Quantity.parse(threshold.trim()).value();
            default:
                return 0;
        }
    }

    /** The config's {@code memory.available} reservation on a machine with that much memory. */
    public static long memoryBytes(KubeletConfig config, long memoryCapacityBytes) {
        return bytes(config.evictionHard().get(MEMORY_AVAILABLE), memoryCapacityBytes);
    }
}
