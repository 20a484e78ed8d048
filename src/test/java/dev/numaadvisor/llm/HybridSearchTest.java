package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.assistant.KnowledgeIndex;
import dev.numaadvisor.app.assistant.KnowledgeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BM25 + in-process MiniLM embeddings, fused by reciprocal rank, with the vectors cached on disk. */
class HybridSearchTest {
    @TempDir
    Path cache;

    @Test
    void aParaphrasedRejectionQuestionCitesTheTopologyPages() throws Exception {
        KnowledgeIndex index = new KnowledgeIndex(KnowledgeLoader.load());
        HybridSearch search = new HybridSearch(() -> index, cache);
        List<KnowledgeIndex.Hit> hits = search.search("why was my pod rejected with a topology affinity error?", 3);
        assertNull(search.unavailable());
        List<String> pages = hits.stream().map(h -> h.page().path()).collect(Collectors.toList());
        assertTrue(pages.stream().anyMatch(p -> p.endsWith("topology-manager-policies.md")
                || p.endsWith("rules/NUMA-POD-005.md")), pages.toString());
        assertEquals(3, hits.size());

        KnowledgeEmbeddings first = search.embeddings();
        assertFalse(first.fromCache(), "the first build embeds the pages");
        assertTrue(Files.size(first.cacheFile()) > 0);
        assertTrue(first.cacheFile().getFileName().toString().contains(KnowledgeEmbeddings.hash(index.pages())));

        HybridSearch again = new HybridSearch(() -> index, cache);
        KnowledgeEmbeddings second = again.embeddings();
        assertTrue(second.fromCache(), "the second build reads the cache");
        assertEquals(first.entries().size(), second.entries().size());
        assertEquals(first.entries().get(5).vector()[7], second.entries().get(5).vector()[7]);
        assertEquals(pages, again.search("why was my pod rejected with a topology affinity error?", 3).stream()
                .map(h -> h.page().path()).collect(Collectors.toList()));
    }

    @Test
    void nothingIsLoadedUntilTheFirstSearch() {
        boolean[] asked = {false};
        HybridSearch search = new HybridSearch(() -> {
            asked[0] = true;
            return new KnowledgeIndex(List.of());
        }, cache);
        assertFalse(asked[0], "building the search read the pages");
        assertEquals(List.of(), search.search("anything", 3));
        assertTrue(asked[0]);
    }

    @Test
    void theCacheDirFollowsXdg() {
        assertEquals(Path.of("/x/numa-advisor"), KnowledgeEmbeddings.defaultCacheDir(java.util.Map.of("XDG_CACHE_HOME",
                "/x")));
        assertTrue(KnowledgeEmbeddings.defaultCacheDir(java.util.Map.of()).endsWith(Path.of(".cache", "numa-advisor")));
    }
}
