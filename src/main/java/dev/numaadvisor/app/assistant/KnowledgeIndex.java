package dev.numaadvisor.app.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BM25 over knowledge paragraphs. Each paragraph is a document; its page's title and tags are
 * added to it (twice, so a page about "restricted" wins for "what does restricted do").
 */
public final class KnowledgeIndex {
    // Okapi BM25's usual constants: term-frequency saturation and length normalisation.
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    // Topic pages explain; rule pages (knowledge/rules/) fix one case. A question prefers the topic.
    private static final double TOPIC_PAGE_BOOST = 1.5;
    private static final Set<String> STOP = Set.of("the", "a", "an", "is", "are", "do", "does", "what", "why",
            "how", "my", "i", "it", "of", "to", "in", "on", "and", "or", "for", "with", "be", "this", "that", "isn",
            "t", "s", "can", "when", "which", "me", "tell", "about", "explain", "you", "your", "get", "not");

    /** A hit: the page, the paragraph index and its score. */
    public record Hit(KnowledgePage page, int paragraph, double score) {
        public String text() {
            return page.paragraphs().get(paragraph);
        }
    }

    /** Defining paragraphs outrank passing mentions of the same word. */
    private static final double DEFINITION_BOOST = 2.0;

    private record Doc(KnowledgePage page, int paragraph, Map<String, Integer> terms, int length) {
    }

    /**
     * What idf and BM25 need besides the paragraphs' own terms: the number of paragraphs, their
     * mean length in tokens, and in how many paragraphs each token occurs.
     */
    public record Stats(int documentCount, double averageLength, Map<String, Integer> documentFrequency) {
        public Stats {
            documentFrequency = Map.copyOf(documentFrequency);
        }
    }

    private final List<KnowledgePage> input;
    private final List<KnowledgePage> pages;
    private final Stats stats;
    /** Each paragraph's terms: built at once without given stats, else on the first search. */
    private List<Doc> docs;

    public KnowledgeIndex(List<KnowledgePage> pages) {
        this(pages, null);
    }

    /**
     * With {@code stats} of these same pages (computed at build time, {@link KnowledgeSnapshot}),
     * {@link #idf} and {@link #knows} answer without tokenising every paragraph, which only a
     * search needs (issue 15: that was most of a piped question's first answer).
     */
    KnowledgeIndex(List<KnowledgePage> pages, Stats stats) {
        this.input = List.copyOf(pages);
        this.pages = withParagraphs(pages);
        if (stats == null) {
            docs = documents(input);
            stats = statsOf(docs);
        }
        this.stats = stats;
    }

    private static List<Doc> documents(List<KnowledgePage> pages) {
        List<Doc> out = new ArrayList<>();
        for (KnowledgePage p : pages) {
            String meta = p.title() + " " + String.join(" ", p.tags()) + " " + p.slug().replace('-', ' ');
            for (int i = 0; i < p.paragraphs().size(); i++) {
                List<String> tokens = tokens(meta + " " + meta + " " + p.paragraphs().get(i));
                Map<String, Integer> tf = new HashMap<>();
                tokens.forEach(t -> tf.merge(t, 1, Integer::sum));
                out.add(new Doc(p, i, tf, tokens.size()));
            }
        }
        return out;
    }

    private static Stats statsOf(List<Doc> docs) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        long total = 0;
        for (Doc d : docs) {
            d.terms().keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            total += d.length();
        }
        return new Stats(docs.size(), docs.isEmpty() ? 1 : (double) total / docs.size(), documentFrequency);
    }

    /** The figures idf and BM25 use; a snapshot stores them. */
    public Stats stats() {
        return stats;
    }

    private synchronized List<Doc> docs() {
        if (docs == null) {
            docs = documents(input);
        }
        return docs;
    }

    /** The indexed pages: those with at least one paragraph, in the given order. */
    public List<KnowledgePage> pages() {
        return pages;
    }

    /** The pages an index of {@code pages} holds, without building it: those with a paragraph, each once. */
    public static List<KnowledgePage> withParagraphs(List<KnowledgePage> pages) {
        List<KnowledgePage> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (KnowledgePage p : pages) {
            if (!p.paragraphs().isEmpty() && seen.add(p.path())) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** True when some paragraph (or its page's title and tags) holds this token of {@link #tokens}. */
    public boolean knows(String token) {
        return stats.documentFrequency().containsKey(token);
    }

    /** How rare the token is among the paragraphs (BM25's idf); 0 for a token no paragraph holds. */
    public double idf(String token) {
        Integer n = stats.documentFrequency().get(token);
        return n == null ? 0 : Math.log(1 + (stats.documentCount() - n + 0.5) / (n + 0.5));
    }

    /** The best {@code limit} paragraphs, best first (ties by path then paragraph order). */
    public List<Hit> search(String query, int limit) {
        List<String> q = tokens(query);
        List<Hit> hits = new ArrayList<>();
        Map<String, Integer> documentFrequency = stats.documentFrequency();
        double averageLength = stats.averageLength();
        for (Doc d : docs()) {
            double score = 0;
            for (String t : q) {
                Integer f = d.terms().get(t);
                if (f == null) {
                    continue;
                }
                double n = documentFrequency.get(t);
                double idf = Math.log(1 + (stats.documentCount() - n + 0.5) / (n + 0.5));
                score += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * d.length() / averageLength));
            }
            if (!d.page().path().contains("/rules/")) {
                score *= TOPIC_PAGE_BOOST;
            }
            if (score > 0 && definesAny(d, q)) {
                score *= DEFINITION_BOOST;
            }
            if (score > 0) {
                hits.add(new Hit(d.page(), d.paragraph(), score));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(h -> h.page().path()).thenComparingInt(Hit::paragraph));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /**
     * A paragraph that puts a query word in bold ("- **restricted**: …"), or sits under a heading
     * that starts with it ("prefer-closest-numa-nodes — …"), is where it is defined.
     */
    private static boolean definesAny(Doc d, List<String> queryTokens) {
        String text = d.page().paragraphs().get(d.paragraph()).toLowerCase(java.util.Locale.ROOT);
        int dash = text.indexOf(" — ");
        String heading = dash < 0 ? "" : text.substring(0, dash);
        for (String t : queryTokens) {
            if (t.length() >= 4 && (text.contains("**" + t + "**") || (t.contains("-") && heading.startsWith(t)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-case words and numbers; hyphenated names stay whole and also split ("single-numa-node").
     * camelCase field names also count as their words: reservedMemory → reservedmemory reserved memory.
     * A word is a run of {@code [a-z0-9.-]} after lower-casing, trimmed of leading and trailing dots
     * and hyphens, except a negative number ("-1", a device without NUMA information), which keeps
     * its sign. Written as character loops, not regexes: tokenising every paragraph with regexes
     * was most of the time to a first offline answer (TokensTest holds the regex definition).
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String split = splitCamelCase(text);
        String lower = (split == text ? text : text + " " + split).toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(lower.charAt(i))) {
                i++;
            }
            if (start < i) {
                add(lower.substring(start, i), out);
            }
        }
        return out;
    }

    private static void add(String raw, List<String> out) {
        String w = negativeNumber(raw) ? raw : trimEdges(raw);
        if (w.isEmpty() || STOP.contains(w)) {
            return;
        }
        out.add(stem(w));
        if (w.indexOf('-') < 0) {
            return;
        }
        int from = 0;
        while (from <= w.length()) {
            int dash = w.indexOf('-', from);
            int to = dash < 0 ? w.length() : dash;
            String part = w.substring(from, to);
            if (!part.isEmpty() && !STOP.contains(part)) {
                out.add(stem(part));
            }
            from = to + 1;
        }
    }

    /** "aB" → "a-B" for each ASCII lower-case letter before an upper-case one; the same String when none. */
    private static String splitCamelCase(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (sb != null) {
                sb.append(c);
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c >= 'a' && c <= 'z' && next >= 'A' && next <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i + 1);
                }
                sb.append('-');
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    private static boolean negativeNumber(String raw) {
        if (raw.length() < 2 || raw.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String trimEdges(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && (raw.charAt(from) == '.' || raw.charAt(from) == '-')) {
            from++;
        }
        while (to > from && (raw.charAt(to - 1) == '.' || raw.charAt(to - 1) == '-')) {
            to--;
        }
        return raw.substring(from, to);
    }

    static String stem(String w) {
        if (w.length() > 6 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
