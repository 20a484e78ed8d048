package dev.numaadvisor.app.understand;

/** Bytes in the largest binary unit that divides them: 17179869184 → 16Gi. */
public final class Bytes {
    private Bytes() {
    }

    public static String human(long bytes) {
        String[] units = {"", "Ki", "Mi", "Gi", "Ti"};
        int u = 0;
        long v = bytes;
        while (u < units.length - 1 && v != 0 && v % 1024 == 0) {
            v /= 1024;
            u++;
        }
        return v + units[u];
    }
}
