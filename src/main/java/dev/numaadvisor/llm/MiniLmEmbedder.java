package dev.numaadvisor.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.numaadvisor.app.UserDirs;
import dev.numaadvisor.app.assistant.TextEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The in-process quantized MiniLM model as a {@link TextEmbedder} for the offline assistant's
 * answer matching. One per process: the card wordings' vectors come with the build
 * ({@link CardVectors}); the model loads on the first sentence not seen before (about half a
 * second of CPU, from files in the user's cache dir, {@link MiniLmFiles}) and every other
 * sentence's vector is remembered, in the process and, through {@link SentenceVectorCache},
 * between runs. Throws as the model does when it cannot load; the caller falls back to BM25.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    private EmbeddingModel model;
    private final Map<String, float[]> seen = new LinkedHashMap<>();
    /** The vectors the build computed (the card wordings); empty until read. */
    private Map<String, float[]> built = Map.of();
    private final SentenceVectorCache cache;
    /** Where the model's files are kept ({@link MiniLmFiles}). */
    private final Path cacheDir;
    private boolean loaded;
    private boolean dirty;

    private MiniLmEmbedder() {
        this(UserDirs.cache(System.getenv()));
    }

    MiniLmEmbedder(Path cacheDir) {
        this.cacheDir = cacheDir;
        this.cache = new SentenceVectorCache(cacheDir.resolve("minilm-sentences-v1.bin"));
    }

    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    @Override
    public synchronized float[] embed(String text) {
        readCache();
        float[] v = seen.get(text);
        if (v == null) {
            v = model().embed(text).content().vector();
            seen.put(text, v);
            if (!dirty) {
                dirty = true;
                // Written once, when the process ends: a question asked again is read, not embedded.
                Runtime.getRuntime().addShutdownHook(new Thread(this::save, "numa-advisor-vector-cache"));
            }
        }
        return v;
    }

    /**
     * Loads the model on a thread of its own when {@code text} has no vector yet. {@link #embed}
     * waits for it (both hold this object's lock), and closing waits too.
     */
    @Override
    public Preparation prepare(String text) {
        Thread loader = new Thread(() -> {
            synchronized (this) {
                readCache();
                if (!seen.containsKey(text)) {
                    try {
                        model();
                    } catch (RuntimeException | LinkageError e) {
                        // embed() tries again on its own thread and reports it there.
                    }
                }
            }
        }, "numa-advisor-model-loader");
        loader.setDaemon(true);
        loader.start();
        return () -> {
            try {
                loader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** The user's cache, then the build's card wordings ({@link CardVectors}), which are current. */
    private void readCache() {
        if (!loaded) {
            loaded = true;
            seen.putAll(cache.read());
            built = builtVectors();
            seen.putAll(built);
        }
    }

    /** The build's card vectors, from their copy in the cache dir, else from the jar. */
    private Map<String, float[]> builtVectors() {
        try {
            Map<String, float[]> vectors = new SentenceVectorCache(MiniLmFiles.cached(CardVectors.RESOURCE, cacheDir.resolve("minilm"))).read();
            if (!vectors.isEmpty()) {
                return vectors;
            }
        } catch (IOException | RuntimeException e) {
            // Not in a jar (the build's own classes dir) or a read-only cache: the resource itself.
        }
        return SentenceVectorCache.readResource(CardVectors.RESOURCE);
    }

    private EmbeddingModel model() {
        if (model == null) {
            model = MiniLmFiles.load(cacheDir);
        }
        return model;
    }

    /** The sentences the build did not embed: the user's cache holds questions asked, not wordings. */
    private synchronized void save() {
        Map<String, float[]> asked = new LinkedHashMap<>();
        seen.forEach((sentence, v) -> {
            if (!built.containsKey(sentence)) {
                asked.put(sentence, v);
            }
        });
        cache.write(asked);
    }
}
