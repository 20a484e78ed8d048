package dev.numaadvisor.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.numaadvisor.app.UserDirs;
import dev.numaadvisor.app.assistant.TextEmbedder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The in-process quantized MiniLM model as a {@link TextEmbedder} for the offline assistant's
 * answer matching. One per process: the model loads on the first sentence not seen before (about
 * a second; on its own thread from {@link #prepare}) and every sentence's vector is remembered, in the process and, through
 * {@link SentenceVectorCache}, between runs. Throws as the model does when it cannot load; the caller falls back to BM25.
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
    /** The model loading on its own thread, started by {@link #prepare}; null before. */
    private FutureTask<EmbeddingModel> loading;

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

    /** Starts loading the model on a daemon thread when {@code text} has no vector yet (see {@link #model}). */
    @Override
    public synchronized void prepare(String text) {
        readCache();
        if (model == null && loading == null && !seen.containsKey(text)) {
            loading = new FutureTask<>(() -> MiniLmFiles.load(cacheDir));
            Thread t = new Thread(loading, "numa-advisor-model");
            t.setDaemon(true);
            t.start();
        }
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
                // Written once, when the process ends: the answer cards' wordings are then read, not embedded, next time.
                Runtime.getRuntime().addShutdownHook(new Thread(this::save, "numa-advisor-vector-cache"));
            }
        }
        return v;
    }

    /** The user's cache, then the build's vectors of the card wordings ({@link CardVectors}), which are current. */
    private void readCache() {
        if (!loaded) {
            loaded = true;
            seen.putAll(cache.read());
            built = SentenceVectorCache.readResource(CardVectors.RESOURCE);
            seen.putAll(built);
        }
    }

    /**
     * The model: the one {@link #prepare} started loading, else loaded now. Throws what loading
     * threw. Waits through interrupts (a cancelled answer): giving up would leave the model
     * half-loaded on its thread, and the next question would wait for it anyway.
     */
    private EmbeddingModel model() {
        if (model == null && loading == null) {
            model = MiniLmFiles.load(cacheDir);
        } else if (model == null) {
            boolean interrupted = false;
            try {
                while (model == null) {
                    try {
                        model = loading.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                loading = null; // the next sentence tries again, as it did before loading moved to a thread
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                if (e.getCause() instanceof Error) {
                    throw (Error) e.getCause();
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return model;
    }

    /** The sentences the build did not embed: the user's cache holds the questions asked, not the wordings. */
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
