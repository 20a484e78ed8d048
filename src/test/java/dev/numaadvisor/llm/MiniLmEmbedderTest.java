package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.numaadvisor.app.assistant.TextEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model loaded ahead on another thread gives the library's vector; the cache dir holds one copy per resource. */
class MiniLmEmbedderTest {
    @TempDir
    Path dir;
    private OrtNativePath runtime;

    @BeforeEach
    void remember() {
        runtime = OrtNativePath.remember();
    }

    @AfterEach
    void restore() {
        runtime.restore();
    }

    @Test
    void aPreparedQuestionGetsTheLibrarysVector() throws IOException {
        MiniLmEmbedder embedder = new MiniLmEmbedder(dir);
        String question = "how does the kubelet pick CPUs for a pod it has never seen?";
        try (TextEmbedder.Preparation loading = embedder.prepare(question)) {
            assertTrue(loading != null);
        }
        try (var files = Files.list(dir.resolve("minilm"))) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".ort")), "closing waited for the loader, which wrote the ORT file");
        }
        assertArrayEquals(new AllMiniLmL6V2QuantizedEmbeddingModel().embed(question).content().vector(), embedder.embed(question));
    }

    @Test
    void aCardWordingTheModelWasLoadedForIsKeptSoItLoadsOnce() {
        String wording = SentenceVectorCache.readResource(CardVectors.RESOURCE).keySet().iterator().next();
        MiniLmEmbedder embedder = new MiniLmEmbedder(dir);
        try (TextEmbedder.Preparation loading = embedder.prepare(wording)) {
            assertTrue(loading != null);
        }
        assertTrue(embedder.modelLoaded(), "not in the user's cache: loaded before the card wordings were read");
        embedder.save(); // as the shutdown hook does
        assertTrue(new SentenceVectorCache(dir.resolve("minilm-sentences-v1.bin")).read().containsKey(wording));
        MiniLmEmbedder next = new MiniLmEmbedder(dir);
        try (TextEmbedder.Preparation loading = next.prepare(wording)) {
            assertTrue(loading != null);
        }
        assertFalse(next.modelLoaded(), "the second process found the wording in the user's cache");
    }

    @Test
    void aNewCopyOfAResourceReplacesAnOlderBuildsCopy() throws IOException {
        Path minilm = Files.createDirectories(dir.resolve("minilm"));
        Path older = Files.writeString(minilm.resolve("all-minilm-l6-v2-q-tokenizer-deadbeef-12.json"), "{}");
        Path derived = Files.writeString(minilm.resolve("all-minilm-l6-v2-q-tokenizer-deadbeef-12-vocab.bin"), "x");
        Path other = Files.writeString(minilm.resolve("notes.json"), "{}");
        Path copy = MiniLmFiles.cached(MiniLmFiles.TOKENIZER, minilm);
        assertTrue(Files.size(copy) > 100_000, copy.toString());
        assertFalse(Files.exists(older), "the older build's copy is gone");
        assertTrue(Files.exists(derived) && Files.exists(other), "other files are left alone");
        assertEquals(copy, MiniLmFiles.cached(MiniLmFiles.TOKENIZER, minilm));
    }
}
