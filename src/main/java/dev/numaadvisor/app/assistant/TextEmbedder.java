package dev.numaadvisor.app.assistant;

/**
 * Turns a sentence into a vector whose cosine with another says how close their meanings are.
 * The llm layer backs it with the in-process MiniLM model; app code never loads a model itself.
 * May throw (a {@link RuntimeException} or {@link LinkageError}) when the model cannot load.
 */
public interface TextEmbedder {
    float[] embed(String text);
}
