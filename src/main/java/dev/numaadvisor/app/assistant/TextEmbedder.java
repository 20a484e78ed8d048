package dev.numaadvisor.app.assistant;

/**
 * Turns a sentence into a vector whose cosine with another says how close their meanings are.
 * The llm layer backs it with the in-process MiniLM model; app code never loads a model itself.
 * May throw (a {@link RuntimeException} or {@link LinkageError}) when the model cannot load.
 */
public interface TextEmbedder {
    float[] embed(String text);

    /**
     * Starts, on another thread, what embedding {@code text} will need (loading the model), so
     * that it overlaps the caller's own work. Closing the preparation waits for that thread: no
     * loading outlives the answer, even when the answer never asked for the vector. By default,
     * nothing is started.
     */
    default Preparation prepare(String text) {
        return () -> { };
    }

    /** Work started by {@link #prepare}; {@link #close} waits for it to end. */
    interface Preparation extends AutoCloseable {
        @Override
        void close();
    }

    /** How close two of its vectors are in meaning: 1 the same direction, 0 unrelated (or a zero vector). */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
