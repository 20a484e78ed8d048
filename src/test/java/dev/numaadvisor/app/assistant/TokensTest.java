package dev.numaadvisor.app.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link KnowledgeIndex#tokens} is written as character loops for speed (issue 15); its
 * definition is the regex version kept here, and both must give the same tokens for every text
 * the assistant indexes or is asked, and for arbitrary strings.
 */
class TokensTest {
    private static final Set<String> STOP = Set.of("the", "a", "an", "is", "are", "do", "does", "what", "why",
            "how", "my", "i", "it", "of", "to", "in", "on", "and", "or", "for", "with", "be", "this", "that", "isn",
            "t", "s", "can", "when", "which", "me", "tell", "about", "explain", "you", "your", "get", "not");
    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9.\\-]+");
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-[0-9]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[.\\-]+|[.\\-]+$");

    /** The tokenizer as it was written before issue 15, with regexes. */
    static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        String split = CAMEL_CASE.matcher(text).replaceAll("$1-$2");
        String both = split.equals(text) ? text : text + " " + split;
        for (String raw : NOT_A_WORD.split(both.toLowerCase(Locale.ROOT))) {
            String w = NEGATIVE_NUMBER.matcher(raw).matches() ? raw : EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            out.add(KnowledgeIndex.stem(w));
            if (w.contains("-")) {
                for (String part : w.split("-")) {
                    if (!part.isEmpty() && !STOP.contains(part)) {
                        out.add(KnowledgeIndex.stem(part));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void sameTokensForEveryPageCardAndEvalQuestion() throws IOException {
        List<String> texts = new ArrayList<>();
        for (KnowledgePage p : KnowledgeLoader.load()) {
            texts.add(p.title() + " " + String.join(" ", p.tags()) + " " + p.slug());
            texts.addAll(p.paragraphs());
            texts.add(p.body());
        }
        for (AnswerCard c : AnswerCards.load()) {
            texts.addAll(c.asks());
            texts.add(c.answer());
        }
        for (String resource : List.of("eval/questions.yaml", "eval/held-out.yaml", "eval/held-out-2.yaml")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                texts.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        texts.addAll(List.of("", "-", "--1", "-1", "a-1", "-1-", "x.-.y", "...", "reservedMemory", "aBcD",
                "İstanbul KELVIN \u212A", "numa_node -1", "e.g. 0-3,8", "full-pcpus-only.", "ĳ ǅ"));
        for (String t : texts) {
            assertEquals(byRegex(t), KnowledgeIndex.tokens(t), t);
        }
    }

    @Property(tries = 2000)
    void sameTokensForArbitraryText(@ForAll @StringLength(max = 40) @Chars({'a', 'B', 'z', 'Z', '0', '9', '.', '-', ' ',
            '_', 'İ', '\u212A', 's', 'g', 'n', 'i'}) @CharRange(from = 'a', to = 'e') String text) {
        assertEquals(byRegex(text), KnowledgeIndex.tokens(text), text);
    }
}
