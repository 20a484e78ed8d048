package dev.numaadvisor.app;

import dev.numaadvisor.adapter.fleet.FleetReader;
import dev.numaadvisor.core.fleet.Arrival;
import dev.numaadvisor.core.fleet.ArrivalSchedule;
import dev.numaadvisor.core.fleet.ConfigOutcome;
import dev.numaadvisor.core.fleet.FleetProgress;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.FleetRunner;
import dev.numaadvisor.core.fleet.FleetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Use case "fleet": reads a FLEET.yaml and runs every config over the pool. Configs are
 * independent, so they run on up to {@code threads} threads; the report is the same bytes either
 * way (each run is deterministic and the outcomes are collected in file order).
 */
public final class Fleet {
    private Fleet() {
    }

    /** @throws dev.numaadvisor.core.problem.InputException on bad input */
    public static FleetReport runFile(String fileName, String text, FleetProgress progress) {
        return run(FleetReader.read(fileName, text), progress, Runtime.getRuntime().availableProcessors());
    }

    public static FleetReport run(FleetSpec spec, FleetProgress progress, int threads) {
        List<Arrival> arrivals = ArrivalSchedule.draw(spec);
        List<FleetRunner.Job> jobs = FleetRunner.jobs(spec);
        long total = (long) arrivals.size() * jobs.size();
        AtomicLongArray done = new AtomicLongArray(jobs.size());
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())));
        try {
            List<Future<ConfigOutcome>> futures = new ArrayList<>();
            for (int j = 0; j < jobs.size(); j++) {
                int index = j;
                FleetProgress mine = (d, t) -> {
                    // A cancelled run (the caller interrupted, the pool shut down) stops here: the
                    // engine never looks at interrupts, and a bar drawn after "cancelled" hides the prompt.
                    if (stopped.get() || Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("fleet run cancelled");
                    }
                    done.set(index, d);
                    progress.advance(sum(done), total);
                };
                futures.add(pool.submit(() -> FleetRunner.runOne(spec, arrivals, jobs.get(index), mine)));
            }
            List<ConfigOutcome> outcomes = new ArrayList<>();
            for (Future<ConfigOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return FleetRunner.report(spec, arrivals, outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fleet run interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            stopped.set(true);
            pool.shutdownNow();
        }
    }

    private static long sum(AtomicLongArray a) {
        long s = 0;
        for (int i = 0; i < a.length(); i++) {
            s += a.get(i);
        }
        return s;
    }
}
