package dev.numaadvisor.repl;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.terminal.Terminal;

/**
 * Computes answers on one worker thread so Ctrl-C can cancel the one being computed: the INT
 * signal cancels (interrupts) it, the prompt comes back at once, and {@code onCancel} is queued
 * behind it on the same worker, so it runs only after the cancelled answer has really stopped
 * (the REPL uses it to put the session back as it was before the answer).
 */
final class AnswerRunner implements AutoCloseable {
    /** Printed instead of the answer; the session is restored by onCancel. */
    static final String CANCELLED = "cancelled; the session is as it was\n";

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
            worker.submit(onCancel);
            return CANCELLED;
        } catch (ExecutionException e) {
            return "internal error (the session is kept): " + e.getCause() + "\n";
        } finally {
            current = null;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
