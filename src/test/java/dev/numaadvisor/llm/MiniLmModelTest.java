package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The fast MiniLM ({@link MiniLmModel}) against the library's: the Java tokenizer's ids against
 * the Hugging Face tokenizer's on random text from the characters it accepts, and the vectors
 * bit for bit on every eval question, the knowledge paragraphs and random text.
 */
class MiniLmModelTest {
    @TempDir
    static Path dir;
    private static OrtNativePath runtime;
    private static EmbeddingModel fast;
    private static final EmbeddingModel LIBRARY = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @BeforeAll
    static void load() throws IOException {
        runtime = OrtNativePath.remember();
        fast = MiniLmFiles.fromFiles(dir);
    }

    @AfterAll
    static void restore() {
        runtime.restore();
    }

    @Test
    void theFastModelIsInUseAndItsFilesAreKept() throws IOException {
        assertTrue(fast instanceof MiniLmModel, "fell back to the library: " + fast.getClass());
        try (Stream<Path> files = Files.list(dir.resolve("minilm"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".tmp")).sorted().toList();
            assertEquals(4, names.size(), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".ort")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith("-vocab.bin")), names.toString());
        }
    }

    @Test
    void idsAgreeWithTheHuggingFaceTokenizerOnRandomText() throws IOException {
        WordPieceIds ids = WordPieceIds.open(tokenizerFile());
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(tokenizerFile(), Map.of("padding", "false"))) {
            Random random = new Random(15);
            int compared = 0;
            for (int i = 0; i < 4_000; i++) {
                String text = randomText(random, 1 + random.nextInt(i % 10 == 0 ? 400 : 60));
                long[] mine = ids.ids(text);
                if (mine == null) {
                    continue;
                }
                compared++;
                assertArrayEquals(hf.encode(text).getIds(), mine, () -> "ids of " + escaped(text));
            }
            assertTrue(compared > 3_500, "compared only " + compared);
        }
    }

    @Test
    void textTheJavaTokenizerDoesNotReproduceGoesToTheLibrary() throws IOException {
        WordPieceIds ids = WordPieceIds.open(tokenizerFile());
        for (String text : List.of("日本語 and english", "soft\u00adhyphen", "ΣΊΣΥΦΟΣ", "zero\u200bwidth", "a [CLS] token",
                "x".repeat(101), "emoji 🚀")) {
            assertNull(ids.ids(text), text);
            assertArrayEquals(vector(LIBRARY, text), vector(fast, text), text);
        }
        assertNotNull(ids.ids("x".repeat(100) + " — café → naïve"));
    }

    @Test
    void sameVectorsAsTheLibraryOnQuestionsKnowledgeAndRandomText() throws IOException {
        List<String> texts = new ArrayList<>(questions());
        texts.addAll(knowledgeParagraphs(60));
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            texts.add(randomText(random, 5 + random.nextInt(200)));
        }
        assertTrue(texts.size() > 400, "only " + texts.size() + " texts");
        for (String text : texts) {
            if (!text.isBlank()) {
                assertArrayEquals(vector(LIBRARY, text), vector(fast, text), () -> escaped(text));
            }
        }
    }

    private static float[] vector(EmbeddingModel model, String text) {
        return model.embed(text).content().vector();
    }

    private static Path tokenizerFile() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("minilm"))) {
            return files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
    }

    /** Mostly words and spaces, with the punctuation, accented letters, symbols and controls people paste. */
    private static String randomText(Random random, int length) {
        String[] words = {"cpu", "numa", "kubelet", "pod", "hugepages-1Gi", "reservedSystemCPUs", "don't", "it's", "SMT",
            "0-3,48-51", "x86_64", "NPS4", "gpu", "nvidia.com/gpu", "3500m", "café", "naïve", "Zürich", "ÆØÅ", "ß",
            "Ĳ", "ǅ", "µs", "±", "½", "²", "©"};
        char[] symbols = {'—', '–', '→', '←', '…', '•', '‘', '’', '“', '”', '≤', '≥', '≠', '∞', '√', '⌘', '\t', '\n',
            '\r', '\u0001', '\u001f', '\u007f', '\u00a0', '\u2003', '\u0000', '¿', '¡', '«', '»', '§', '¶', '·', '×', '÷'};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 4) {
                sb.append(words[random.nextInt(words.length)]);
            } else if (pick < 6) {
                sb.append(' ');
            } else if (pick < 7) {
                sb.append((char) (33 + random.nextInt(94)));
            } else if (pick < 8) {
                sb.append(symbols[random.nextInt(symbols.length)]);
            } else if (pick < 9) {
                sb.append((char) (0xA0 + random.nextInt(0x250 - 0xA0)));
            } else {
                sb.append((char) (0x2000 + random.nextInt(0x400)));
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> questions() throws IOException {
        List<String> out = new ArrayList<>();
        for (String file : List.of("assistant/questions.yaml", "eval/held-out.yaml", "eval/held-out-2.yaml")) {
            Object doc = new Yaml().load(Files.readString(Path.of("src/test/resources", file)));
            List<Object> items = doc instanceof Map ? (List<Object>) ((Map<String, Object>) doc).get("questions") : (List<Object>) doc;
            for (Object item : items) {
                out.add((String) ((Map<String, Object>) item).get("question"));
            }
        }
        // What people type to describe a node: the sentences the REPL embeds when routing.
        for (Object item : (List<Object>) new Yaml().load(Files.readString(Path.of("src/test/resources/understanding/phrasings.yaml")))) {
            Object say = ((Map<String, Object>) item).get("say");
            if (say instanceof List) {
                ((List<Object>) say).forEach(turn -> out.add((String) turn));
            } else {
                out.add((String) say);
            }
        }
        return out;
    }

    /** Every {@code step}-th paragraph of the knowledge pages: long ones too, which the tokenizer truncates. */
    private static List<String> knowledgeParagraphs(int step) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("knowledge"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(Arrays.asList(Files.readString(page).split("\n\\s*\n")));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / step)) {
            out.add(all.get(i).strip());
        }
        return out;
    }

    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    @Test
    void agreedTextIsJudgedByCharacterAndWordLength() {
        assertTrue(WordPieceIds.agreedText("what does the restricted policy do?"));
        assertTrue(WordPieceIds.agreedText("cpu: 3500m (request = limit) — 3 or 4 cores?"));
        assertFalse(WordPieceIds.agreedText("日本"));
        assertFalse(WordPieceIds.agreedText("a".repeat(50) + "\u0001" + "a".repeat(51)));
        assertTrue(WordPieceIds.agreedText("a".repeat(50) + "-" + "a".repeat(51)));
    }
}
