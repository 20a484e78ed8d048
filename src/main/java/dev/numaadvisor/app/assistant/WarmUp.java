package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.Session;

/**
 * The first answer of a JVM pays for loading and compiling the reader, the engine and the
 * renderers (about 1 s of the first answer on a busy 2-core machine, 60-200 ms afterwards).
 * An interactive session starts this while the person is still typing, on a throwaway session
 * and conversation, so their first question gets the warm path. Nothing it does is kept.
 */
public final class WarmUp {
    private static final String EXAMPLE = "2 sockets, 24 cores per socket, SMT on, a GPU on NUMA 1; a Guaranteed pod asks"
            + " 8 CPUs, 16Gi and one GPU under single-numa-node";

    private WarmUp() {
    }

    /** Starts the warm-up on a low-priority daemon thread and returns at once. */
    public static void inBackground() {
        Thread t = new Thread(WarmUp::run, "numa-advisor-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            OfflineAssistant assistant = new OfflineAssistant();
            assistant.answer(new Session(), EXAMPLE);
            assistant.answer(new Session(), "what does full-pcpus-only do?");
        } catch (RuntimeException ignored) {
            // A warm-up that fails costs the user nothing but the speed-up: the real answer reports its own errors.
        }
    }
}
