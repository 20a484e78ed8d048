package dev.numaadvisor.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.numaadvisor.app.UserDirs;
import dev.numaadvisor.app.assistant.TextEmbedder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The in-process quantized MiniLM model as a {@link TextEmbedder} for the offline assistant's
 * answer matching. One per process: the model loads on the first sentence not seen before (about
 * a second) and every sentence's vector is remembered, in the process and, through
 * {@link SentenceVectorCache}, between runs. Throws as the model does when it cannot load; the caller falls back to BM25.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    private EmbeddingModel model;
    private final Map<String, float[]> seen = new LinkedHashMap<>();
    private final SentenceVectorCache cache;
    private boolean loaded;
    private boolean dirty;

    private MiniLmEmbedder() {
        this(new SentenceVectorCache(UserDirs.cache(System.getenv()).resolve("minilm-sentences-v1.bin")));
    }

    MiniLmEmbedder(SentenceVectorCache cache) {
        this.cache = cache;
    }

    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    @Override
    public synchronized float[] embed(String text) {
        if (!loaded) {
            loaded = true;
            seen.putAll(cache.read());
        }
        float[] v = seen.get(text);
        if (v == null) {
            if (model == null) {
                model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            }
            v = model.embed(text).content().vector();
            seen.put(text, v);
            if (!dirty) {
                dirty = true;
                // Written once, when the process ends: the answer cards' wordings are then read, not embedded, next time.
                Runtime.getRuntime().addShutdownHook(new Thread(this::save, "numa-advisor-vector-cache"));
            }
        }
        return v;
    }

    private synchronized void save() {
        cache.write(seen);
    }
}
