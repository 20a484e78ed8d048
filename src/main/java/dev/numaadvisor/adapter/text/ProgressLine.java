package dev.numaadvisor.adapter.text;

import dev.numaadvisor.core.fleet.FleetProgress;
import java.util.function.Consumer;

/**
 * A one-line progress bar redrawn in place with a carriage return, for a terminal (the CLI's
 * stderr, the REPL's screen). Redraws at most every 100 ms and is safe from several runner
 * threads; {@link #finish()} wipes the line so the report starts clean, and the bar stays wiped:
 * a runner thread that reports late (a cancelled run winding down) draws nothing.
 */
public final class ProgressLine implements FleetProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final Consumer<String> terminal;
    private final String label;
    private long lastDraw;
    private boolean drawn;
    private boolean finished;

    public ProgressLine(Consumer<String> terminal, String label) {
        this.terminal = terminal;
        this.label = label;
    }

    @Override
    public synchronized void advance(long done, long total) {
        long now = System.nanoTime();
        if (finished || done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        terminal.accept("\r" + label + " [" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] "
                + (total == 0 ? 100 : 100 * done / total) + "%");
        drawn = true;
    }

    public synchronized void finish() {
        finished = true;
        if (drawn) {
            terminal.accept("\r" + " ".repeat(label.length() + WIDTH + 10) + "\r");
            drawn = false;
        }
    }

    /** Finishes {@code p} when it is a progress line; any other progress sink has nothing to wipe. */
    public static void finish(FleetProgress p) {
        if (p instanceof ProgressLine) {
            ((ProgressLine) p).finish();
        }
    }
}
