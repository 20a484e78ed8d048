package dev.numaadvisor.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.numaadvisor.app.assistant.AnswerCards;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The MiniLM vectors of every answer card's wordings, computed once at build time ({@code mvn
 * process-classes} runs {@link #main} into {@code minilm-card-vectors-v1.bin} on the class path).
 * The offline matcher compares each question with all ~900 wordings; without this file the first
 * concept question on a machine embedded them all (2.4 s) and kept them in the user's cache.
 * It is a cache like that one, keyed by the sentence: a wording changed since the build is not in
 * it and is embedded when asked for, so it can be stale but never wrong.
 */
public final class CardVectors {
    static final String RESOURCE = "minilm-card-vectors-v1.bin";

    private CardVectors() {
    }

    /** Writes the vectors of the class path's answer cards to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Set<String> asks = new LinkedHashSet<>();
        AnswerCards.load().forEach(card -> asks.addAll(card.asks()));
        if (current(out, asks)) {
            return; // loading the model and embedding them all again takes seconds of every build
        }
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (String ask : asks) {
            vectors.put(ask, model.embed(ask).content().vector());
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            SentenceVectorCache.write(vectors, os);
        }
    }

    /** The last build's file holds exactly these wordings and is newer than the model's jar. */
    private static boolean current(Path out, Set<String> asks) {
        try {
            Path modelJar = Path.of(AllMiniLmL6V2QuantizedEmbeddingModel.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return Files.isRegularFile(out)
                    && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(modelJar)) > 0
                    && new SentenceVectorCache(out).read().keySet().equals(asks);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return false;
        }
    }
}
