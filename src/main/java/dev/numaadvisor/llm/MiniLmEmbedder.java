package dev.numaadvisor.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.numaadvisor.app.UserDirs;
import dev.numaadvisor.app.assistant.TextEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The in-process quantized MiniLM model as a {@link TextEmbedder} for the offline assistant's
 * answer matching. One per process: the card wordings' vectors come with the build
 * ({@link CardVectors}); the model loads on the first sentence not seen before (about 0.15 s,
 * from files in the user's cache dir, {@link MiniLmFiles}, ahead when {@link #prepare}d) and every other
 * sentence's vector is remembered, in the process and, through {@link SentenceVectorCache},
 * between runs. Throws as the model does when it cannot load; the caller falls back to BM25.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    private EmbeddingModel model;
    private final Map<String, float[]> seen = new LinkedHashMap<>();
    /** The vectors the build computed (the card wordings); empty until read. */
    private Map<String, float[]> built = Map.of();
    /** The build's vectors being read on a thread of their own ({@link #prepare}); null when not started. */
    private FutureTask<Map<String, float[]>> builtReading;
    /** Texts the model was loaded for before the card wordings were read: kept in the user's cache. */
    private final Set<String> loadedFor = new HashSet<>();
    private final SentenceVectorCache cache;
    /** Where the model's files are kept ({@link MiniLmFiles}). */
    private final Path cacheDir;
    private boolean userRead;
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
            saveWhenDone();
        }
        return v;
    }

    /**
     * Loads the model on a thread of its own unless the user's cache has {@code text}, while a
     * second thread reads the build's card vectors: waiting for those (0.03 s) before deciding
     * was on the path of every never-asked question. A text that is a card wording word for
     * word then loaded the model for nothing; it goes into the user's cache, so that happens
     * once. {@link #embed} waits for the loader (both hold this object's lock), and so does
     * closing the preparation.
     */
    @Override
    public synchronized Preparation prepare(String text) {
        if (model != null) {
            return () -> { }; // the REPL's second question: nothing left to load
        }
        if (builtReading == null && !loaded) {
            builtReading = new FutureTask<>(this::builtVectors);
            start(builtReading, "numa-advisor-card-vectors");
        }
        Thread loader = start(() -> {
            synchronized (this) {
                readUserCache();
                if (!seen.containsKey(text) && model == null) {
                    loadedFor.add(text);
                    saveWhenDone();
                    try {
                        model();
                    } catch (RuntimeException | LinkageError e) {
                        // embed() tries again on its own thread and reports it there.
                    }
                }
            }
        }, "numa-advisor-model-loader");
        return () -> {
            try {
                loader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static Thread start(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true); // only ever reads; the loader is joined before the answer is shown
        t.start();
        return t;
    }

    private void saveWhenDone() {
        if (!dirty) {
            dirty = true;
            // Written once, when the process ends: a question asked again is read, not embedded.
            Runtime.getRuntime().addShutdownHook(new Thread(this::save, "numa-advisor-vector-cache"));
        }
    }

    private void readUserCache() {
        if (!userRead) {
            userRead = true;
            seen.putAll(cache.read());
        }
    }

    /** The user's cache, then the build's card wordings ({@link CardVectors}), which are current. */
    private void readCache() {
        if (!loaded) {
            loaded = true;
            readUserCache();
            built = builtReading == null ? builtVectors() : reading(builtReading);
            seen.putAll(built);
        }
    }

    private static Map<String, float[]> reading(FutureTask<Map<String, float[]>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (ExecutionException e) {
            return Map.of();
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

    synchronized boolean modelLoaded() {
        return model != null;
    }

    private EmbeddingModel model() {
        if (model == null) {
            model = MiniLmFiles.load(cacheDir);
        }
        return model;
    }

    /** The sentences the build did not embed: the user's cache holds questions asked, not wordings. */
    synchronized void save() {
        if (!loadedFor.isEmpty()) {
            readCache(); // a card wording answered by its words alone: its vector is the build's
        }
        Map<String, float[]> asked = new LinkedHashMap<>();
        seen.forEach((sentence, v) -> {
            if (!built.containsKey(sentence) || loadedFor.contains(sentence)) {
                asked.put(sentence, v);
            }
        });
        cache.write(asked);
    }
}
