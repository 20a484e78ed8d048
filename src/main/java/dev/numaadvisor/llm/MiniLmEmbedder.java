package dev.numaadvisor.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.numaadvisor.app.assistant.TextEmbedder;
import java.util.HashMap;
import java.util.Map;

/**
 * The in-process quantized MiniLM model as a {@link TextEmbedder} for the offline assistant's
 * answer matching. One per process: the model loads on the first sentence (about a second) and
 * every sentence's vector is remembered, so the eval's fresh sessions do not embed the answer
 * questions again. Throws as the model does when it cannot load; the caller falls back to BM25.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    private EmbeddingModel model;
    private final Map<String, float[]> seen = new HashMap<>();

    private MiniLmEmbedder() {
    }

    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    @Override
    public synchronized float[] embed(String text) {
        float[] v = seen.get(text);
        if (v == null) {
            if (model == null) {
                model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            }
            v = model.embed(text).content().vector();
            seen.put(text, v);
        }
        return v;
    }
}
