package dev.numaadvisor.llm;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.numaadvisor.app.assistant.KnowledgePage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One embedding per knowledge paragraph (title + paragraph), from the in-process quantized
 * all-MiniLM-L6-v2 model. The vectors are cached on disk under a name made of a hash of the model
 * id and every page's path and paragraphs, so a changed page rebuilds the cache and an unchanged
 * one is read back without loading the model for the pages (the query still needs it). The
 * model is loaded on the first call that needs it, never at start-up: it costs about a second.
 */
public final class KnowledgeEmbeddings {
    static final String MODEL_ID = "all-minilm-l6-v2-q/1.11.0-beta19";

    /** The paragraph a vector belongs to. */
    public record Entry(KnowledgePage page, int paragraph, float[] vector) {
    }

    private final List<Entry> entries;
    private final boolean fromCache;
    private final Path cacheFile;
    private EmbeddingModel model;

    private KnowledgeEmbeddings(List<Entry> entries, boolean fromCache, Path cacheFile, EmbeddingModel model) {
        this.entries = List.copyOf(entries);
        this.fromCache = fromCache;
        this.cacheFile = cacheFile;
        this.model = model;
    }

    /** {@code $XDG_CACHE_HOME/numa-advisor}, else {@code ~/.cache/numa-advisor}. */
    public static Path defaultCacheDir(Map<String, String> env) {
        return dev.numaadvisor.app.UserDirs.cache(env);
    }

    /** Reads the cached vectors for these pages, or embeds them and writes the cache. */
    public static KnowledgeEmbeddings build(List<KnowledgePage> pages, Path cacheDir) {
        Path file = cacheDir.resolve("knowledge-embeddings-" + hash(pages) + ".bin");
        if (Files.isReadable(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                return new KnowledgeEmbeddings(read(in, pages), true, file, null);
            } catch (IOException | RuntimeException e) {
                // A truncated or foreign file: embed again and overwrite it.
            }
        }
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<TextSegment> segments = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (KnowledgePage p : pages) {
            for (int i = 0; i < p.paragraphs().size(); i++) {
                segments.add(TextSegment.from(p.title() + "\n" + p.paragraphs().get(i)));
                entries.add(new Entry(p, i, null));
            }
        }
        var vectors = model.embedAll(segments).content();
        for (int i = 0; i < entries.size(); i++) {
            entries.set(i, new Entry(entries.get(i).page(), entries.get(i).paragraph(), vectors.get(i).vector()));
        }
        write(file, entries);
        return new KnowledgeEmbeddings(entries, false, file, model);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** True when the vectors were read from the cache file rather than computed. */
    public boolean fromCache() {
        return fromCache;
    }

    public Path cacheFile() {
        return cacheFile;
    }

    public synchronized float[] embed(String query) {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model.embed(query).content().vector();
    }

    // Layout: int count, int dimension, then count × dimension floats, in page/paragraph order.
    private static List<Entry> read(DataInputStream in, List<KnowledgePage> pages) throws IOException {
        int count = in.readInt();
        int dimension = in.readInt();
        List<Entry> entries = new ArrayList<>();
        for (KnowledgePage p : pages) {
            for (int i = 0; i < p.paragraphs().size(); i++) {
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                entries.add(new Entry(p, i, v));
            }
        }
        if (entries.size() != count) {
            throw new IOException("cache holds " + count + " vectors, the pages have " + entries.size());
        }
        return entries;
    }

    private static void write(Path file, List<Entry> entries) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "knowledge-embeddings", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp); DataOutputStream out = new DataOutputStream(os)) {
                out.writeInt(entries.size());
                out.writeInt(entries.isEmpty() ? 0 : entries.get(0).vector().length);
                for (Entry e : entries) {
                    for (float f : e.vector()) {
                        out.writeFloat(f);
                    }
                }
            }
            // Atomic: two processes building at once never leave a half-written cache.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A read-only home still retrieves; it just embeds again next time.
        }
    }

    static String hash(List<KnowledgePage> pages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(MODEL_ID.getBytes(StandardCharsets.UTF_8));
            for (KnowledgePage p : pages) {
                sha.update((p.path() + "\u0000" + p.title() + "\u0000").getBytes(StandardCharsets.UTF_8));
                for (String para : p.paragraphs()) {
                    sha.update((para + "\u0000").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
