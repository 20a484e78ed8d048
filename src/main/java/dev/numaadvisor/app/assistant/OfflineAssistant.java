package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.understand.Conversation;
import dev.numaadvisor.app.understand.Mood;
import dev.numaadvisor.app.understand.Understand;
import dev.numaadvisor.app.understand.Understanding;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default assistant when no LLM is configured: a described scenario is extracted into the
 * session, simulated and walked through; anything else is answered from the knowledge pages by
 * BM25, citing the page; with no good match it says so and names the command that would tell.
 * The knowledge index is built on first use, not at start-up.
 */
public final class OfflineAssistant {
    /** Below this BM25 score a match is noise (tuned on the question set in the tests). */
    static final double MIN_SCORE = 4.0;

    /** Inputs of at most this many words must name a knowledge term, or they are not understood. */
    static final int SHORT_INPUT_WORDS = 3;
    /** Words too common in titles and tags to show that a short input is about this domain. */
    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "what", "how", "why", "does",
            "are", "set", "one", "two", "its", "not", "all", "per", "from", "into", "when", "which");

    private KnowledgeIndex index;
    private Set<String> vocabulary;

    private static final java.util.regex.Pattern IMPERATIVE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:please\\s+)?(?:use|switch|set|make|change|try|go|turn|enable|disable|now|ok|okay|also|add)\\b");
    /** A question about a setting ("what does single-numa-node do?") is for the knowledge base. */
    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:what|how|why|when|which|who|where|is|are|does|do|can|could|should|explain|tell|"
            + "describe|difference|define|meaning)\\b|\\?\\s*$");

    private final Conversation conversation = new Conversation();

    /** The facts said so far; the REPL lays {@code /node set} and pastes over it. */
    public Conversation conversation() {
        return conversation;
    }

    public String answer(Session session, String question) {
        Understanding u = Understand.read(question);
        boolean facts = !u.node().isEmpty() || !u.pods().isEmpty() || !u.busy().isEmpty();
        boolean scenario = session.hasNode() && !session.pods().isEmpty();
        boolean asks = QUESTION.matcher(question).find();
        boolean setting = !u.config().isEmpty() && (scenario && (u.mood() == Mood.WONDER || IMPERATIVE.matcher(question).find())
                || !asks && (question.strip().split("\\s+").length >= 2 || question.contains("=")));
        if (asks && !scenario && !u.isWholeScenario()) {
            // "why isn't my 3500m pod pinned?", "what is AMD NPS4?": a question about a concept, not a scenario.
            facts = false;
        }
        boolean order = scenario && IMPERATIVE.matcher(question).find() && !u.allUnderstood();
        if (facts || setting || order) {
            return ScenarioDialog.answer(session, conversation, u);
        }
        return fromKnowledge(question);
    }


    public KnowledgeIndex index() {
        if (index == null) {
            index = new KnowledgeIndex(KnowledgeLoader.load());
        }
        return index;
    }

    /** The best paragraph(s) for a question, quoted with their page; or a plain "I don't know". */
    public String fromKnowledge(String question) {
        if (!aboutTheDomain(question)) {
            return "I did not understand \"" + question.strip() + "\": it is not a command (commands start with /,"
                    + " /help lists them) and names nothing from the knowledge base. Ask a question such as \"what"
                    + " does restricted do?\", or describe a node and a pod.\n";
        }
        List<KnowledgeIndex.Hit> hits = index().search(question, 3);
        if (hits.isEmpty() || hits.get(0).score() < MIN_SCORE) {
            return "I don't know that from the knowledge base. Try /explain TOPIC for a page, /simulate for what "
                    + "the engine decides on the current node, or describe the node and pod in one sentence "
                    + "(\"a node with two sockets of 24 cores … a Guaranteed pod asking 8 CPUs …\").\n";
        }
        KnowledgeIndex.Hit best = hits.get(0);
        StringBuilder sb = new StringBuilder();
        sb.append(cited(best));
        for (KnowledgeIndex.Hit h : hits.subList(1, hits.size())) {
            // A close second often holds the other half of the answer: the next paragraph of the
            // same page (the procedure after the why) or the matching paragraph of another page.
            if (h.score() > best.score() * 0.8) {
                sb.append('\n').append(cited(h));
                break;
            }
        }
        return sb.toString();
    }

    /**
     * False for a short input ({@link #SHORT_INPUT_WORDS} words or fewer, e.g. "clear", "hello
     * there") that names no word of a page's slug, title or tags: BM25 would still find some
     * paragraph sharing a word, and quoting it would look like an answer.
     */
    boolean aboutTheDomain(String question) {
        String[] words = question.toLowerCase(Locale.ROOT).split("[^a-z0-9_-]+");
        List<String> real = new java.util.ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                real.add(w);
            }
        }
        if (real.size() > SHORT_INPUT_WORDS) {
            return true;
        }
        Set<String> vocab = vocabulary();
        return real.stream().anyMatch(vocab::contains);
    }

    private Set<String> vocabulary() {
        if (vocabulary == null) {
            Set<String> v = new TreeSet<>();
            for (KnowledgePage p : index().pages()) {
                List<String> terms = new java.util.ArrayList<>(p.tags());
                terms.add(p.slug());
                terms.add(p.title());
                for (String term : terms) {
                    String t = term.toLowerCase(Locale.ROOT);
                    v.add(t);
                    for (String part : t.split("[^a-z0-9_]+")) {
                        if (part.length() >= 3 && !COMMON.contains(part)) {
                            v.add(part);
                        }
                    }
                }
            }
            vocabulary = v;
        }
        return vocabulary;
    }

    /** The page whose slug, title or tag best matches {@code topic}; null when none. */
    public String explain(String topic) {
        String t = topic.trim().toLowerCase(Locale.ROOT);
        for (KnowledgePage p : index().pages()) {
            if (p.slug().equalsIgnoreCase(t) || p.title().equalsIgnoreCase(t)) {
                return page(p);
            }
        }
        List<KnowledgeIndex.Hit> hits = index().search(topic, 1);
        return hits.isEmpty() ? null : page(hits.get(0).page());
    }

    private static String page(KnowledgePage p) {
        String body = p.body().startsWith("# ") ? p.body() : "# " + p.title() + "\n\n" + p.body();
        return body + "\n\n(" + p.path() + ")\n";
    }

    private static String cited(KnowledgeIndex.Hit h) {
        return quote(h.text()) + "\n— " + h.page().title() + " (" + h.page().path() + ")\n";
    }

    private static String quote(String paragraph) {
        StringBuilder sb = new StringBuilder();
        paragraph.lines().forEach(l -> sb.append("> ").append(l).append('\n'));
        return sb.toString().stripTrailing();
    }
}
