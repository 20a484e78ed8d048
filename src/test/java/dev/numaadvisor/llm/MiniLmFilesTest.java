package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model loaded from the cache dir's files is the jar's model: the same vectors, bit for bit. */
class MiniLmFilesTest {
    @TempDir
    Path dir;

    @Test
    void sameVectorsAsTheModelInTheJar() throws IOException {
        OrtNativePath runtime = OrtNativePath.remember();
        try {
            EmbeddingModel fromFiles = MiniLmFiles.fromFiles(dir);
            EmbeddingModel fromJar = new AllMiniLmL6V2QuantizedEmbeddingModel();
            for (String s : List.of("what does the restricted policy do?", "reservedSystemCPUs 0,48 on NUMA 0",
                    "Ünïcode — and a longer sentence about hugepages-1Gi on a two-socket node")) {
                assertArrayEquals(fromJar.embed(s).content().vector(), fromFiles.embed(s).content().vector(), s);
            }
            assertTrue(Files.isDirectory(dir.resolve("minilm")), "the model's files are kept");
            try (Stream<Path> files = Files.list(dir.resolve("minilm"))) {
                assertEquals(4, files.filter(f -> !f.toString().endsWith(".tmp")).count(), "model, tokenizer, ORT format, word list");
            }
            // A second process finds them and writes nothing.
            MiniLmFiles.fromFiles(dir).embed("again");
        } finally {
            runtime.restore();
        }
    }
}
