package dev.numaadvisor.app.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a question to an {@link AnswerCard}: BM25 over each card's id, questions and answer,
 * and, when an embedder is given and loads, the best cosine between the question and the card's
 * questions; the two rankings are fused by reciprocal rank. Without embeddings it is BM25 alone,
 * and {@link #mode()} says so.
 */
public final class AnswerIndex {
    // Okapi BM25's usual constants, as in KnowledgeIndex.
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    // The RRF constant HybridSearch uses: agreement of both rankings beats one list's head.
    private static final int RRF_K = 60;
    /** BM25 below this is a shared word, not a match (tuned on eval/questions.yaml). */
    static final double MIN_LEXICAL = 6.0;
    /** At least this share of the question's words must occur in the card. */
    static final double MIN_COVERAGE = 0.5;
    /** With every word of the question in the card, a lower BM25 is enough (common words only). */
    static final double MIN_LEXICAL_FULL_COVERAGE = 2.5;
    /** Added when the question is one of the card's wordings (same words): that card must win. */
    private static final double SAME_WORDING_BONUS = 100;
    /** A cosine this high is a paraphrase of one of the card's questions (MiniLM scale). */
    static final double MIN_SEMANTIC = 0.72;
    /** When BM25 and the embeddings both rank a card first, this cosine is enough (off-topic questions stay below 0.35). */
    static final double MIN_SEMANTIC_AGREED = 0.55;
    /** The fused score of a card first in both rankings: 2 / (RRF_K + 1). */
    private static final double BOTH_FIRST = 2.0 / (RRF_K + 1) - 1e-9;
    /** The number of a question's distinct words a card must cover to count as covering all of it. */
    static final int COVERAGE_WORDS = 12;
    /** Shorter unknown words are not corrected: too many short words are one edit apart. */
    static final int TYPO_MIN_LENGTH = 5;
    /** From this length an unknown word may be two edits from the card word it means. */
    static final int TYPO_LONG_WORD = 8;

    /** A card with its scores; {@code semantic} is -1 without embeddings. */
    public record Match(AnswerCard card, double lexical, double coverage, double semantic, double fused) {
    }

    /** {@code askTokens}: each wording's tokens, so a question is not compared by tokenising ~900 again. */
    private record Doc(AnswerCard card, Map<String, Integer> terms, int length, List<List<String>> askTokens) {
    }

    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;
    private final TextEmbedder embedder;
    private List<List<float[]>> askVectors;
    private String unavailable;

    /** {@code embedder} may be null: then BM25 alone. */
    public AnswerIndex(List<AnswerCard> cards, TextEmbedder embedder) {
        this.embedder = embedder;
        long total = 0;
        for (AnswerCard c : cards) {
            String text = c.id().replace('-', ' ') + " " + String.join(" ", c.asks()) + " " + c.answer();
            List<String> tokens = KnowledgeIndex.tokens(text);
            Map<String, Integer> tf = new HashMap<>();
            tokens.forEach(t -> tf.merge(t, 1, Integer::sum));
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            List<List<String>> askTokens = new ArrayList<>();
            c.asks().forEach(a -> askTokens.add(KnowledgeIndex.tokens(a)));
            docs.add(new Doc(c, tf, tokens.size(), askTokens));
            total += tokens.size();
        }
        averageLength = docs.isEmpty() ? 1 : (double) total / docs.size();
    }

    /** "BM25 + embeddings", or "BM25 only" with the reason. */
    public String mode() {
        if (embedder == null) {
            return "BM25 only (no embedding model configured)";
        }
        return unavailable == null ? "BM25 + embeddings" : "BM25 only (" + unavailable + ")";
    }

    /** True when the match is good enough to answer with; otherwise "I don't know that". */
    public boolean confident(Match m) {
        return m.lexical() >= MIN_LEXICAL && m.coverage() >= MIN_COVERAGE
                || m.lexical() >= MIN_LEXICAL_FULL_COVERAGE && m.coverage() >= 1.0
                || m.semantic() >= MIN_SEMANTIC
                // Both rankings put this card first: two independent readings agree on a looser match.
                || m.fused() >= BOTH_FIRST && m.semantic() >= MIN_SEMANTIC_AGREED && m.lexical() >= MIN_LEXICAL_FULL_COVERAGE;
    }

    /**
     * The card with a wording of exactly these tokens, when exactly one card has one; else -1. That
     * card ranks first and is confident whatever the embeddings say ({@link #SAME_WORDING_BONUS}
     * outweighs any fused score, and all its words are the card's), so the question's vector, and
     * the model that computes it (about a second), are not needed (issue 15).
     */
    private int decidingCard(List<String> q) {
        int found = -1;
        for (int i = 0; i < docs.size() && !q.isEmpty(); i++) {
            if (docs.get(i).askTokens().contains(q)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** Every card that shares a word or a meaning with the question, best first. */
    public List<Match> rank(String question) {
        List<String> q = corrected(KnowledgeIndex.tokens(question));
        Set<String> distinct = new HashSet<>(q);
        // Semantic scores only reorder the cards behind the one a wording decides: left out then.
        float[] qv = decidingCard(q) >= 0 ? null : semanticVector(question);
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            double score = 0;
            int covered = 0;
            for (String t : distinct) {
                Integer f = d.terms().get(t);
                if (f == null) {
                    continue;
                }
                covered++;
                double n = documentFrequency.get(t);
                double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
                score += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * d.length() / averageLength));
            }
            // A long story names more than any one card holds: a dozen words covered is full coverage.
            double coverage = distinct.isEmpty() ? 0 : Math.min(1.0, (double) covered / Math.min(distinct.size(), COVERAGE_WORDS));
            for (List<String> ask : d.askTokens()) {
                if (!q.isEmpty() && ask.equals(q)) {
                    score += SAME_WORDING_BONUS;
                }
            }
            double semantic = qv == null ? -1 : best(qv, askVectors.get(i));
            all.add(new Match(d.card(), score, coverage, semantic, 0));
        }
        return fuse(all, qv != null);
    }

    private static List<Match> fuse(List<Match> all, boolean semantic) {
        List<Match> byLexical = new ArrayList<>(all);
        byLexical.sort(Comparator.comparingDouble(Match::lexical).reversed());
        Map<String, Double> fused = new HashMap<>();
        for (int r = 0; r < byLexical.size(); r++) {
            fused.merge(byLexical.get(r).card().id(), 1.0 / (RRF_K + r + 1), Double::sum);
        }
        if (semantic) {
            List<Match> bySemantic = new ArrayList<>(all);
            bySemantic.sort(Comparator.comparingDouble(Match::semantic).reversed());
            for (int r = 0; r < bySemantic.size(); r++) {
                fused.merge(bySemantic.get(r).card().id(), 1.0 / (RRF_K + r + 1), Double::sum);
            }
        }
        List<Match> out = new ArrayList<>();
        for (Match m : all) {
            if (m.lexical() > 0 || semantic) {
                // One of the card's own wordings wins outright: RRF alone could let a close second win.
                double same = m.lexical() >= SAME_WORDING_BONUS ? 1 : 0;
                out.add(new Match(m.card(), m.lexical(), m.coverage(), m.semantic(), fused.get(m.card().id()) + same));
            }
        }
        // Ties (same fused score) keep file order, so the result is the same on every run.
        out.sort(Comparator.comparingDouble(Match::fused).reversed());
        return out;
    }

    /**
     * Each word the cards never use, of at least {@link #TYPO_MIN_LENGTH} letters, replaced by the
     * card word one edit away (two for long words) that most cards use: "statik" → "static",
     * "manger" → "manager", "hugepags" → "hugepages". Numbers and known words are left alone.
     */
    List<String> corrected(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(documentFrequency.containsKey(t) || t.length() < TYPO_MIN_LENGTH || t.matches(".*[0-9].*")
                    ? t : nearestKnown(t));
        }
        return out;
    }

    private String nearestKnown(String t) {
        int allowed = t.length() >= TYPO_LONG_WORD ? 2 : 1;
        String best = t;
        int bestDistance = allowed + 1;
        int bestFrequency = 0;
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            String w = e.getKey();
            if (Math.abs(w.length() - t.length()) > allowed) {
                continue;
            }
            int d = dev.numaadvisor.app.understand.Typos.distance(t, w);
            if (d <= allowed && (d < bestDistance || d == bestDistance && e.getValue() > bestFrequency)) {
                best = w;
                bestDistance = d;
                bestFrequency = e.getValue();
            }
        }
        return best;
    }

    /** The question's vector, or null when there is no embedder or it cannot load. */
    private float[] semanticVector(String question) {
        if (embedder == null || unavailable != null) {
            return null;
        }
        try {
            if (askVectors == null) {
                List<List<float[]>> vectors = new ArrayList<>();
                for (Doc d : docs) {
                    List<float[]> v = new ArrayList<>();
                    d.card().asks().forEach(a -> v.add(embedder.embed(a)));
                    vectors.add(v);
                }
                askVectors = vectors;
            }
            return embedder.embed(question);
        } catch (RuntimeException | LinkageError e) {
            unavailable = "embedding model unavailable: " + e.getClass().getSimpleName();
            return null;
        }
    }

    private static double best(float[] q, List<float[]> asks) {
        double best = -1;
        for (float[] a : asks) {
            best = Math.max(best, TextEmbedder.cosine(q, a));
        }
        return best;
    }
}
