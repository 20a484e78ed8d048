package dev.numaadvisor.core.fleet;

/** Binary-unit text for byte counts in reports ("32Gi", "512Mi"). */
public final class Units {
    private static final String[] SUFFIX = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};

    private Units() {
    }

    /** Exact when the amount is a whole number of a unit, else one decimal of the largest unit below it. */
    public static String bytes(long value) {
        int unit = 0;
        double v = value;
        while (Math.abs(v) >= 1024 && unit < SUFFIX.length - 1) {
            v /= 1024;
            unit++;
        }
        if (v == Math.rint(v)) {
            return (long) v + SUFFIX[unit];
        }
        return String.format(java.util.Locale.ROOT, "%.1f%s", v, SUFFIX[unit]);
    }
}
