package dev.numaadvisor.llm;

import dev.numaadvisor.app.assistant.KnowledgeIndex;
import dev.numaadvisor.app.assistant.TextEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Knowledge search for the model's tools: BM25 and embedding similarity, fused by reciprocal
 * rank (each paragraph scores the sum of 1/(K + rank) over the two rankings). BM25 finds the
 * exact kubelet words (option names, rule ids); the embeddings find paraphrases ("rejected" for
 * "admission failed"). The embeddings are built on the first search, not before; if the model
 * cannot load (no native library for this platform) the search stays BM25 only and says so.
 */
public final class HybridSearch {
    // The usual RRF constant: damps the head of each ranking so one list cannot dominate.
    static final int K = 60;
    // How deep each ranking is read: far past the 3 hits shown, so agreement lower down still counts.
    private static final int DEPTH = 30;

    private final Supplier<KnowledgeIndex> index;
    private final Path cacheDir;
    private KnowledgeEmbeddings embeddings;
    private String unavailable;

    /** {@code index} is asked for on the first search, so building this costs nothing. */
    public HybridSearch(Supplier<KnowledgeIndex> index, Path cacheDir) {
        this.index = index;
        this.cacheDir = cacheDir;
    }

    /** The best {@code limit} paragraphs, best first; the hit's score is its fused RRF score. */
    public List<KnowledgeIndex.Hit> search(String query, int limit) {
        List<KnowledgeIndex.Hit> lexical = index.get().search(query, DEPTH);
        KnowledgeEmbeddings e = embeddings();
        if (e == null) {
            return lexical.subList(0, Math.min(limit, lexical.size()));
        }
        Map<String, Double> fused = new HashMap<>();
        Map<String, KnowledgeIndex.Hit> byKey = new HashMap<>();
        for (int r = 0; r < lexical.size(); r++) {
            KnowledgeIndex.Hit h = lexical.get(r);
            fused.merge(key(h), 1.0 / (K + r + 1), Double::sum);
            byKey.put(key(h), h);
        }
        List<KnowledgeIndex.Hit> semantic = semantic(e, query);
        for (int r = 0; r < semantic.size(); r++) {
            KnowledgeIndex.Hit h = semantic.get(r);
            fused.merge(key(h), 1.0 / (K + r + 1), Double::sum);
            byKey.putIfAbsent(key(h), h);
        }
        List<KnowledgeIndex.Hit> out = new ArrayList<>();
        byKey.forEach((k, h) -> out.add(new KnowledgeIndex.Hit(h.page(), h.paragraph(), fused.get(k))));
        out.sort(Comparator.comparingDouble(KnowledgeIndex.Hit::score).reversed()
                .thenComparing(h -> h.page().path()).thenComparingInt(KnowledgeIndex.Hit::paragraph));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Null while the embeddings work; otherwise why the search is BM25 only. */
    public String unavailable() {
        return unavailable;
    }

    /** The embeddings, built (or read from the cache) on first use; null if the model cannot load. */
    synchronized KnowledgeEmbeddings embeddings() {
        if (embeddings == null && unavailable == null) {
            try {
                embeddings = KnowledgeEmbeddings.build(index.get().pages(), cacheDir);
            } catch (RuntimeException | LinkageError e) {
                unavailable = "embedding model unavailable (" + e.getClass().getSimpleName() + "): BM25 only";
            }
        }
        return embeddings;
    }

    private static List<KnowledgeIndex.Hit> semantic(KnowledgeEmbeddings e, String query) {
        float[] q = e.embed(query);
        List<KnowledgeIndex.Hit> all = new ArrayList<>();
        for (KnowledgeEmbeddings.Entry entry : e.entries()) {
            all.add(new KnowledgeIndex.Hit(entry.page(), entry.paragraph(), TextEmbedder.cosine(q, entry.vector())));
        }
        all.sort(Comparator.comparingDouble(KnowledgeIndex.Hit::score).reversed()
                .thenComparing(h -> h.page().path()).thenComparingInt(KnowledgeIndex.Hit::paragraph));
        return all.subList(0, Math.min(DEPTH, all.size()));
    }

    private static String key(KnowledgeIndex.Hit h) {
        return h.page().path() + "#" + h.paragraph();
    }
}
