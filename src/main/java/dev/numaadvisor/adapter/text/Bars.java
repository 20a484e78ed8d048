package dev.numaadvisor.adapter.text;

/** Horizontal bars in Unicode eighth blocks, so a 40-cell bar resolves 320 steps. */
public final class Bars {
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private Bars() {
    }

    /** A bar of {@code value / max} of {@code width} cells, padded with spaces to the full width. */
    public static String bar(double value, double max, int width) {
        double fraction = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        int eighths = (int) Math.round(fraction * width * 8);
        StringBuilder sb = new StringBuilder("█".repeat(eighths / 8)).append(EIGHTHS[eighths % 8]);
        int cells = eighths / 8 + (eighths % 8 == 0 ? 0 : 1);
        return sb.append(" ".repeat(width - cells)).toString();
    }
}
