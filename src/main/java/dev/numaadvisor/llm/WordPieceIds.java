package dev.numaadvisor.llm;

import ai.djl.modality.nlp.bert.BertFullTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * MiniLM's token ids for a text, from DJL's Java BERT tokenizer instead of the Hugging Face
 * tokenizer's native library, whose loading (JNA, the library, a 700 kB JSON) cost about 0.18 s
 * of a never-asked question (issue 15). The two agree on Latin script and the common punctuation
 * and symbols; they differ on CJK, format characters, a capital sigma, words over 100 characters
 * and the special tokens typed as text, so such a text gets no ids here ({@link #ids} returns
 * null) and goes to the library's model. MiniLmModelTest holds the agreement: token by token on
 * random text from the accepted characters, and vector by vector.
 */
final class WordPieceIds {
    /** The tokenizer file's truncation: 128 ids, two of them [CLS] and [SEP]. */
    private static final int MAX_WORD_PIECES = 126;
    /** The tokenizer file's max_input_chars_per_word: a longer word is one [UNK] there, pieces in DJL. */
    private static final int MAX_WORD_CHARS = 100;
    private static final long CLS = 101;
    private static final long SEP = 102;
    private static final Pattern SPECIAL_TOKEN = Pattern.compile("\\[(?:PAD|UNK|CLS|SEP|MASK)]", Pattern.CASE_INSENSITIVE);

    private final SortedVocabulary vocabulary;
    private final BertFullTokenizer tokenizer;

    private WordPieceIds(SortedVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.tokenizer = new BertFullTokenizer(vocabulary, true);
    }

    /**
     * The ids for the tokenizer file {@code tokenizerJson}, from its vocabulary saved beside it
     * ({@link SortedVocabulary}, written the first time). Throws when the file is not the uncased
     * BERT word-piece tokenizer these ids reproduce.
     */
    static WordPieceIds open(Path tokenizerJson) throws IOException {
        Path list = tokenizerJson.resolveSibling(tokenizerJson.getFileName().toString().replaceFirst("\\.json$", "")
                + "-vocab.bin");
        if (!Files.isRegularFile(list)) {
            SortedVocabulary.write(wordsById(tokenizerJson), list);
        }
        return new WordPieceIds(SortedVocabulary.read(list));
    }

    /** [CLS], the word pieces (at most 126, as the library truncates), [SEP]; null when the library must tokenise. */
    long[] ids(String text) {
        if (!agreedText(text)) {
            return null;
        }
        List<String> pieces = tokenizer.tokenize(text);
        int n = Math.min(pieces.size(), MAX_WORD_PIECES);
        long[] out = new long[n + 2];
        out[0] = CLS;
        for (int i = 0; i < n; i++) {
            int id = vocabulary.id(pieces.get(i));
            if (id < 0) {
                return null;
            }
            out[i + 1] = id;
        }
        out[n + 1] = SEP;
        return out;
    }

    /** Where the two tokenizers were measured to agree (see the class comment). */
    static boolean agreedText(String text) {
        int word = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!agreedChar(c)) {
                return false;
            }
            // Control characters are dropped, not split on, so they count as part of a word here.
            word = whitespace(c) || punctuation(c) ? 0 : word + 1;
            if (word > MAX_WORD_CHARS) {
                return false;
            }
        }
        return !SPECIAL_TOKEN.matcher(text).find();
    }

    private static boolean agreedChar(char c) {
        if (c < 0x250) {
            return c != 0xAD; // soft hyphen: a format character
        }
        return c >= 0x2000 && c < 0x2400 && Character.getType(c) != Character.FORMAT;
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean punctuation(char c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** The vocabulary by id, from a tokenizer file that is the one these ids reproduce; else throws. */
    private static String[] wordsById(Path tokenizerJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(tokenizerJson.toFile());
        JsonNode normalizer = root.path("normalizer");
        JsonNode model = root.path("model");
        boolean expected = "BertNormalizer".equals(normalizer.path("type").asText())
                && normalizer.path("lowercase").asBoolean() && normalizer.path("strip_accents").isNull()
                && "BertPreTokenizer".equals(root.path("pre_tokenizer").path("type").asText())
                && "WordPiece".equals(model.path("type").asText())
                && "##".equals(model.path("continuing_subword_prefix").asText())
                && model.path("max_input_chars_per_word").asInt() == MAX_WORD_CHARS
                && root.path("truncation").path("max_length").asInt() == MAX_WORD_PIECES + 2;
        if (!expected) {
            throw new IOException(tokenizerJson + " is not the uncased BERT word-piece tokenizer");
        }
        String[] words = new String[model.path("vocab").size()];
        for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            words[e.getValue().asInt()] = e.getKey();
        }
        if (Arrays.asList(words).contains(null) || !"[CLS]".equals(words[(int) CLS]) || !"[SEP]".equals(words[(int) SEP])) {
            throw new IOException(tokenizerJson + ": the vocabulary's ids are not 0.." + (words.length - 1));
        }
        return words;
    }
}
