package dev.numaadvisor.cli;

import dev.numaadvisor.core.fleet.FleetProgress;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place; only when stderr is a terminal (a pipe or
 * a CI log gets nothing). Redraws at most every 100 ms and is safe from several runner threads.
 */
final class ProgressBar implements FleetProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintWriter err;
    private final String label;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar when stderr is a terminal, else a progress sink that prints nothing. */
    static FleetProgress forStderr(PrintWriter err, String label) {
        return System.console() != null ? new ProgressBar(err, label) : FleetProgress.NONE;
    }

    @Override
    public synchronized void advance(long done, long total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        err.print("\r" + label + " [" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] "
                + (total == 0 ? 100 : 100 * done / total) + "%");
        err.flush();
        drawn = true;
    }

    /** Clears the line so the report starts clean. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 10) + "\r");
            err.flush();
        }
    }

    static void finish(FleetProgress p) {
        if (p instanceof ProgressBar) {
            ((ProgressBar) p).finish();
        }
    }
}
