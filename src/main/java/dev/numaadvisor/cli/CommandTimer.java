package dev.numaadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as its own process, as a user would, and measures its wall time, its CPU time
 * and its peak resident memory (VmHWM; both read from /proc while it runs, so -1 where there is no
 * /proc). CPU time is what a loaded machine distorts least. Output is discarded; stdin gets the
 * given text, then end of file.
 */
final class CommandTimer {
    /** Wall time and peak memory of one run. */
    record Run(double wallSeconds, double cpuSeconds, long maxRssBytes, int exitCode) {
    }

    private static final long POLL_MILLIS = 2;
    /** USER_HZ, the unit of /proc/PID/stat times: 100 on every Linux build in use. */
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    private CommandTimer() {
    }

    static Run run(List<String> command, String stdin) {
        return run(command, stdin, Map.of());
    }

    /** As {@link #run(List, String)}, with {@code env} added to this process's environment. */
    static Run run(List<String> command, String stdin, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // The command did not read its stdin; that is its business.
            }
            long peak = -1;
            long ticks = -1;
            // VmHWM and the CPU times only grow, so the last readings before the exit are the
            // totals, give or take the last POLL_MILLIS.
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(status));
                ticks = Math.max(ticks, cpuTicks(stat));
            }
            double wall = (System.nanoTime() - start) / 1e9;
            return new Run(wall, ticks < 0 ? -1 : ticks / CLOCK_TICKS_PER_SECOND, peak, p.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** utime + stime of /proc/PID/stat (fields 14 and 15, after the command name), or -1. */
    private static long cpuTicks(Path stat) {
        try {
            String text = Files.readString(stat, StandardCharsets.US_ASCII);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM in bytes, or -1 when the file is gone or has no such line. */
    private static long highWaterMark(Path status) {
        try (InputStream in = Files.newInputStream(status)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
