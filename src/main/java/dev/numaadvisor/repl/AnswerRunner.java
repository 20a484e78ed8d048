package dev.numaadvisor.repl;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.terminal.Terminal;

/**
 * Computes answers on one worker thread so Ctrl-C can cancel the one being computed: the INT
 * signal cancels (interrupts) it, and {@code onCancel} is queued behind it on the same worker, so
 * it runs only after the cancelled answer has really stopped (the REPL uses it to put the session
 * back as it was before the answer); the prompt comes back once it ran, or after a short wait.
 */
final class AnswerRunner implements AutoCloseable {
    /** Printed instead of the answer; the session is restored by onCancel. */
    static final String CANCELLED = "cancelled; the session is as it was\n";

    /** How long Ctrl-C waits for the cancelled answer to stop before the prompt comes back. */
    private static final long STOP_WAIT_MILLIS = 2_000;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "numa-advisor-answer");
        t.setDaemon(true);
        return t;
    });
    private volatile Future<String> current;

    /** {@code onInterrupt} also runs on Ctrl-C: it stops a model's stream, which no thread interrupt reaches. */
    AnswerRunner(Terminal terminal, Runnable onInterrupt) {
        terminal.handle(Terminal.Signal.INT, signal -> {
            onInterrupt.run();
            Future<String> f = current;
            if (f != null) {
                f.cancel(true);
            }
        });
    }

    String run(java.util.concurrent.Callable<String> answer, Runnable onCancel) {
        // Published before the work starts, so a Ctrl-C that comes at once still finds it.
        java.util.concurrent.FutureTask<String> f = new java.util.concurrent.FutureTask<>(answer);
        current = f;
        worker.execute(f);
        try {
            return f.get();
        } catch (CancellationException | InterruptedException e) {
            Future<?> restore = worker.submit(onCancel);
            awaitBriefly(restore);
            return CANCELLED;
        } catch (ExecutionException e) {
            return "internal error (the session is kept): " + e.getCause() + "\n";
        } finally {
            current = null;
        }
    }

    /**
     * Waits a little for the cancelled answer to stop (the restore runs behind it): an answer
     * still printing (a progress bar) would otherwise draw over the prompt. A model stream or a
     * fleet run stops within milliseconds; one that does not is left behind after the wait.
     */
    private static void awaitBriefly(Future<?> restore) {
        try {
            restore.get(STOP_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | ExecutionException | CancellationException e) {
            // The prompt matters more than a tidy screen.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
