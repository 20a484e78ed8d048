package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.understand.Conversation;
import dev.numaadvisor.app.understand.Mood;
import dev.numaadvisor.app.understand.Understand;
import dev.numaadvisor.app.understand.Understanding;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.TreeSet;

/**
 * The default assistant when no LLM is configured: a described scenario is extracted into the
 * session, simulated and walked through; a concept question gets the direct answer of its
 * {@code knowledge/answers/} card (matched by BM25, plus embeddings when the llm layer lends
 * them), one supporting paragraph and the pages; with no good match it says "I don't know that"
 * and offers the nearest topics. The indexes are built on first use, not at start-up.
 *
 * <p>Routing: a whole scenario (a node with a size and a pod with resources) is simulated; a
 * question or a troubleshooting story without one ({@link #QUESTION}, {@link #TROUBLE}) goes to
 * the knowledge base even when it quotes settings and numbers, and what those numbers show by
 * themselves ({@link StoryNotes}) is said before the card's answer. Statements of facts with no
 * question go to the scenario dialog, which asks for what is missing.
 */
public final class OfflineAssistant {
    /** Below this BM25 score a paragraph is noise (tuned on the question set in the tests). */
    static final double MIN_SCORE = 4.0;

    /** Inputs of at most this many words must name a knowledge term, or they are not understood. */
    static final int SHORT_INPUT_WORDS = 3;
    /** Words too common in titles and tags to show that a short input is about this domain. */
    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "what", "how", "why", "does",
            "are", "set", "one", "two", "its", "not", "all", "per", "from", "into", "when", "which");

    /** A word this long that a page uses is a domain term, not small talk. */
    static final int DOMAIN_WORD_LENGTH = 10;
    /** How many near-miss topics "I don't know that" offers. */
    static final int NEAREST = 3;
    /** A word in more paragraphs than this idf allows ("node", "pod", "cpu") picks no paragraph out. */
    private static final double DETAIL_MIN_IDF = 1.5;
    /** Below this weight of shared rare words no paragraph is relevant enough to quote. */
    static final double DETAIL_MIN_SCORE = 8.0;
    /** A paragraph of about this many distinct words is not penalised for its length. */
    private static final int DETAIL_TYPICAL_WORDS = 40;
    /** The card's first page is its main one; the others support it. */
    private static final double OTHER_PAGE_WEIGHT = 0.85;
    /** A longer paragraph is a table or a walk-through, not a supporting detail. */
    private static final int DETAIL_MAX_CHARS = 900;
    /** How much of a not-understood input is echoed back. */
    private static final int SHOWN_CHARS = 60;
    /** Inputs shorter than this are judged by the short-input rule, not as noise. */
    static final int GIBBERISH_MIN_WORDS = 12;
    /** Below this share of known words a long input is noise. */
    static final double GIBBERISH_KNOWN_SHARE = 0.4;

    private KnowledgeIndex index;
    /** The indexed pages, known before the index is built. */
    private List<KnowledgePage> pages;
    private Set<String> vocabulary;
    private AnswerIndex answers;
    private TextEmbedder embedder;

    private static final java.util.regex.Pattern IMPERATIVE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:please\\s+)?(?:use|switch|set|make|change|try|go|turn|enable|disable|now|ok|okay|also|add)\\b");
    /** A question about a setting ("what does single-numa-node do?") is for the knowledge base. */
    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:what|how|why|when|which|who|where|is|are|does|do|can|could|should|explain|tell|"
            + "describe|difference|define|meaning|wat|wut|wht|whats|hows|whys|wats)\\b|\\?\\s*$"
            // Asked in the middle of a story: "… landed on two NUMA nodes, how do i keep them together"
            + "|\\bhow\\s+(?:do|can|should|would)\\s+(?:i|we|you)\\b|\\bhow\\s+to\\b|\\bwhy\\s+(?:is|are|does|do|did|isn't|doesn't|would)\\b"
            + "|\\b(?:should|can|could)\\s+(?:i|we)\\b|\\bdo\\s+(?:i|we)\\s+need\\b|\\bwhat\\s+are\\s+my\\s+options\\b");
    /**
     * A troubleshooting story or a question asked inside one: a question mark anywhere, "why"
     * anywhere, "what's wrong", "is it possible", "won't start", "fails to decode", an error.
     * Without a whole scenario (node shape and pod) such input is for the knowledge base, even when
     * it quotes settings or numbers ("cpuManagerPolicy is static but … request 4 limit 4 … why?").
     */
    private static final java.util.regex.Pattern TROUBLE = java.util.regex.Pattern.compile(
            "(?i)\\?|\\bwhy\\b|\\bwhat'?s\\s+(?:wrong|going\\s+on|happening|the\\s+(?:problem|issue|difference|point))\\b"
            + "|\\bwhats\\s+(?:wrong|the)\\b|\\bis\\s+(?:it|there)\\s+(?:possible|a\\s+way|any\\s+way)\\b|\\bany\\s+way\\s+to\\b"
            + "|\\b(?:won'?t|wont|doesn'?t|does\\s+not|will\\s+not|didn'?t|can'?t|cannot|refuses\\s+to|fails?\\s+to|failed\\s+to)\\s+"
            + "(?:start|come\\s+up|boot|run|work|decode|parse|load|admit|get|see|pin|schedule|fit)\\b"
            + "|\\b(?:error|errors|broken|stuck|crash\\w*|complains?|help|wondering|confused|not\\s+sure|what\\s+gives|huh)\\b"
            + "|\\b(?:vs\\.?|versus|difference\\s+between)\\b|\\b(?:what|which|how)\\s+(?:do|does|should|would|is|are)\\b"
            + "|\\bwhat\\s+(?:happens|happened|now|then|next)\\b"
            // A symptom: "not pinned", "misaligned", "keeps getting TopologyAffinityError", "still runs on cpu 0".
            + "|\\b(?:not|never|isn'?t|aren'?t|wasn'?t|no\\s+longer)\\s+(?:pinned|aligned|admitted|exclusive|working|applied|isolated)\\b"
            + "|\\bmisaligned\\b|\\bexplain(?:ed)?\\b|\\b(?:pls|plz|eli5)\\b|\\bkeeps?\\s+(?:getting|failing|crashing|restarting|landing)\\b|\\bcrash\\s*loop\\w*"
            + "|\\bstill\\s+(?:runs?|running|sees?|gets?|uses?|lands?|on|not|fails?)\\b");

    private final Conversation conversation = new Conversation();

    /** The facts said so far; the REPL lays {@code /node set} and pastes over it. */
    public Conversation conversation() {
        return conversation;
    }

    private static final Pattern WHY = Pattern.compile("(?i)^\\s*(?:but\\s+|so\\s+|and\\s+)?why\\b");

    public String answer(Session session, String question) {
        List<KnowledgePage> rules = rules().find(question);
        if (!rules.isEmpty()) {
            return RuleLookup.answer(rules);
        }
        Understanding u = Understand.read(question);
        boolean facts = !u.node().isEmpty() || !u.pods().isEmpty() || !u.busy().isEmpty();
        boolean scenario = session.hasNode() && !session.pods().isEmpty();
        boolean asks = QUESTION.matcher(question).find() || TROUBLE.matcher(question).find();
        boolean setting = !u.config().isEmpty() && (scenario && (u.mood() == Mood.WONDER || IMPERATIVE.matcher(question).find())
                || !asks && (question.strip().split("\\s+").length >= 2 || question.contains("=")));
        if (asks && !scenario && !(u.isWholeScenario() && sized(u.node()))) {
            // "why isn't my 3500m pod pinned?", "what is AMD NPS4?": a question about a concept, not a scenario.
            facts = false;
        }
        boolean imperative = IMPERATIVE.matcher(question).find();
        if (asks && scenario && u.mood() != Mood.WONDER && !imperative && !u.allUnderstood() && !u.isWholeScenario()) {
            // "why isn't my other pod with 3500m pinned?" next to a simulated scenario: a question whose words
            // the facts cannot all take is not a change to the scenario; the knowledge answers it.
            facts = false;
            setting = false;
        }
        if (scenario && WHY.matcher(question).find() && !u.isWholeScenario()) {
            // "why isn't my other pod with 3500m pinned?": asks about a cause, and changes nothing in the session.
            facts = false;
            setting = false;
        }
        boolean order = scenario && imperative && !u.allUnderstood();
        if ((facts || setting) && !scenario && !u.isWholeScenario() && StoryNotes.reservedMemory(question) != null) {
            // The amounts of a memory reservation ("kubeReserved memory 1Gi … reservedMemory"): arithmetic
            // the knowledge answer does, not a node to simulate.
            return fromKnowledge(question, u);
        }
        if (facts || setting || order) {
            return ScenarioDialog.answer(session, conversation, u);
        }
        return fromKnowledge(question, u);
    }


    /**
     * True when the node is said to have a size (sockets, NUMA nodes, cores, CPUs or memory): "an
     * SMT node" alone says only its threads per core, so a question about it is not a scenario.
     */
    static boolean sized(dev.numaadvisor.app.understand.StatedNode n) {
        return n.sockets() != null || n.numaNodesPerSocket() != null || n.numaNodes() != null || n.coresPerSocket() != null
                || n.cores() != null || n.cpus() != null || n.cpusPerNumaNode() != null || n.coresPerNumaNode() != null
                || n.memoryPerNumaNode() != null || n.memory() != null;
    }

    private RuleLookup rules;

    private RuleLookup rules() {
        if (rules == null) {
            // From the build's keys when there is a snapshot: no page is read until a rule matches.
            RuleLookup.Keys keys = KnowledgeSnapshot.rules();
            rules = keys != null ? new RuleLookup(keys, this::page) : new RuleLookup(pages());
        }
        return rules;
    }

    /**
     * The pages the index holds, without building the index: a scenario or a rule id needs the
     * pages, and the BM25 index over every paragraph was most of their first answer (issue 15).
     */
    private List<KnowledgePage> pages() {
        if (pages == null) {
            pages = index == null ? KnowledgeIndex.withParagraphs(KnowledgeLoader.load()) : index.pages();
        }
        return pages;
    }

    public KnowledgeIndex index() {
        if (index == null) {
            // The build's figures for these same pages, when the pages came from its snapshot.
            KnowledgeSnapshot.Contents snapshot = KnowledgeSnapshot.current();
            index = new KnowledgeIndex(KnowledgeLoader.load(), snapshot == null ? null : snapshot.stats());
        }
        return index;
    }

    /**
     * The direct answer of the best-matching {@link AnswerCard}, then the supporting paragraph of
     * its page, then the pages. Below the match threshold: "I don't know that" with the nearest
     * topics; input that is mostly unknown words: "I did not understand".
     */
    public String fromKnowledge(String question) {
        return fromKnowledge(question, Understand.read(question));
    }

    /** As {@link #fromKnowledge(String)}, with what the question's own numbers show said first. */
    private String fromKnowledge(String question, Understanding u) {
        if (!aboutTheDomain(question)) {
            return notUnderstood(question);
        }
        List<AnswerIndex.Match> ranked;
        try (TextEmbedder.Preparation loading = embedder == null ? () -> { } : embedder.prepare(question)) {
            // The model loads on the other core while the pages and cards are read and ranked by their words.
            if (gibberish(question)) {
                return notUnderstood(question);
            }
            ranked = answers().rank(question);
        }
        String notes = StoryNotes.notes(question, u);
        // The question's own facts showed the cause (a Burstable pod, a fractional CPU, policy none):
        // the card about that cause, whatever words the story shares with other cards.
        AnswerCard cause = notes.isEmpty() ? null : card(StoryNotes.causeCard(u, question));
        if (cause != null) {
            return notes + direct(question, cause);
        }
        if (!ranked.isEmpty() && answers().confident(ranked.get(0))) {
            return notes + direct(question, ranked.get(0).card());
        }
        AnswerCard sum = notes.isEmpty() ? null : card(StoryNotes.cardFor(question, u));
        if (sum != null) {
            return notes + direct(question, sum);
        }
        return dontKnow(question, ranked);
    }

    /** Lets the llm layer lend its sentence embeddings; without one, matching is BM25 alone. */
    public void embedWith(TextEmbedder embedder) {
        this.embedder = embedder;
        this.answers = null;
    }

    public AnswerIndex answers() {
        if (answers == null) {
            answers = new AnswerIndex(AnswerCards.load(), embedder);
        }
        return answers;
    }

    private String direct(String question, AnswerCard card) {
        StringBuilder sb = new StringBuilder(card.answer()).append("\n");
        KnowledgeIndex.Hit detail = detail(question, card);
        if (detail != null) {
            sb.append("\nIn more detail, from ").append(detail.page().title()).append(":\n")
                    .append(quote(detail.text())).append('\n');
        }
        sb.append("\nPages: ");
        for (int i = 0; i < card.pages().size(); i++) {
            String path = card.pages().get(i);
            sb.append(i == 0 ? "" : " · ").append(title(path)).append(" (").append(path).append(')');
        }
        return sb.append('\n').toString();
    }

    /**
     * The supporting paragraph: from the card's own pages only, the prose paragraph whose section
     * heading and text share the most rare words with the question (counted twice) and with the
     * card's answer; the card's first page is its main one. Null when no paragraph shares at least
     * one rare word of the question and enough weight overall: a paragraph from the right page but
     * about another setting (prefer-closest under a NUMA-limit answer) is worse than none.
     */
    private KnowledgeIndex.Hit detail(String question, AnswerCard card) {
        Set<String> asked = informative(question);
        Set<String> about = informative(card.answer() + " " + card.id().replace('-', ' '));
        KnowledgeIndex.Hit best = null;
        double bestScore = 0;
        for (int pi = 0; pi < card.pages().size(); pi++) {
            KnowledgePage page = page(card.pages().get(pi));
            if (page == null) {
                continue;
            }
            for (int i = 0; i < page.paragraphs().size(); i++) {
                String text = page.paragraphs().get(i);
                int dash = text.indexOf(" — ");
                String body = dash >= 0 ? text.substring(dash + 3) : text;
                // A paragraph ending in ':' introduces a block the quote would leave out: a cut sentence.
                boolean prose = !body.startsWith("```") && !body.startsWith("|") && !body.strip().endsWith(":")
                        // One starting in lower case continues a sentence cut by a block: it cannot stand alone.
                        && !body.isEmpty() && !Character.isLowerCase(body.charAt(0));
                if (!prose || text.length() > DETAIL_MAX_CHARS) {
                    continue;
                }
                Set<String> words = new java.util.HashSet<>(KnowledgeIndex.tokens(text));
                Set<String> heading = new java.util.HashSet<>(KnowledgeIndex.tokens(dash >= 0 ? text.substring(0, dash) : ""));
                double score = 0;
                boolean sharesAsked = false;
                for (String t : asked) {
                    if (words.contains(t)) {
                        score += 2 * index().idf(t) + (heading.contains(t) ? index().idf(t) : 0);
                        sharesAsked = true;
                    }
                }
                for (String t : about) {
                    if (!asked.contains(t) && words.contains(t)) {
                        score += index().idf(t) + (heading.contains(t) ? index().idf(t) : 0);
                    }
                }
                // Long paragraphs share more words by length alone; the main page is the card's own.
                score = score / Math.sqrt(Math.max(1.0, words.size() / (double) DETAIL_TYPICAL_WORDS)) * (pi == 0 ? 1 : OTHER_PAGE_WEIGHT);
                if (sharesAsked && score > bestScore) {
                    best = new KnowledgeIndex.Hit(page, i, score);
                    bestScore = score;
                }
            }
        }
        return bestScore >= DETAIL_MIN_SCORE ? best : null;
    }

    /** The question's words that say something: rare enough among the paragraphs to pick one out. */
    private Set<String> informative(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String t : KnowledgeIndex.tokens(text)) {
            if (index().idf(t) >= DETAIL_MIN_IDF) {
                out.add(t);
            }
        }
        return out;
    }

    private AnswerCard card(String id) {
        for (AnswerCard c : AnswerCards.load()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    private KnowledgePage page(String path) {
        for (KnowledgePage p : pages()) {
            if (p.path().equals(path)) {
                return p;
            }
        }
        return null;
    }

    private String title(String path) {
        for (KnowledgePage p : pages()) {
            if (p.path().equals(path)) {
                return p.title();
            }
        }
        return path;
    }

    private String dontKnow(String question, List<AnswerIndex.Match> ranked) {
        StringBuilder sb = new StringBuilder("I don't know that from the knowledge base.");
        if (!ranked.isEmpty()) {
            sb.append(" The nearest topics I can answer:\n");
            ranked.stream().limit(NEAREST).forEach(m -> sb.append("  - ").append(m.card().asks().get(0)).append('\n'));
        } else {
            sb.append('\n');
        }
        sb.append("Try /explain TOPIC for a page, /simulate for what the engine decides on the current node, or "
                + "describe the node and pod in one sentence (\"a node with two sockets of 24 cores … a Guaranteed "
                + "pod asking 8 CPUs …\").\n");
        List<KnowledgeIndex.Hit> hits = index().search(question, 1);
        if (!hits.isEmpty() && hits.get(0).score() >= MIN_SCORE) {
            sb.append("\nThe closest passage, which may not answer it:\n").append(cited(hits.get(0)));
        }
        if (!answers().mode().equals("BM25 + embeddings") && embedder != null) {
            sb.append("(matched with ").append(answers().mode()).append(")\n");
        }
        return sb.toString();
    }

    private static String notUnderstood(String question) {
        String shown = question.strip();
        if (shown.length() > SHOWN_CHARS) {
            shown = shown.substring(0, SHOWN_CHARS) + "…";
        }
        return "I did not understand \"" + shown + "\": it is not a command (commands start with /,"
                + " /help lists them) and names nothing from the knowledge base. Ask a question such as \"what"
                + " does restricted do?\", or describe a node and a pod.\n";
    }

    /**
     * True for a long input most of whose words appear nowhere in the knowledge base (a paste of
     * noise): BM25 would still find the odd shared word and quote something unrelated.
     */
    boolean gibberish(String question) {
        List<String> tokens = KnowledgeIndex.tokens(question);
        if (tokens.size() < GIBBERISH_MIN_WORDS) {
            return false;
        }
        long known = tokens.stream().filter(t -> index().knows(t)).count();
        return known < tokens.size() * GIBBERISH_KNOWN_SHARE;
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
        // A long word of the pages ("cpuManagerReconcilePeriod", "reservedMemory") is the domain's own.
        if (real.stream().anyMatch(w -> w.length() >= DOMAIN_WORD_LENGTH && index().knows(w))) {
            return true;
        }
        Set<String> vocab = vocabulary();
        return real.stream().anyMatch(vocab::contains);
    }

    private Set<String> vocabulary() {
        if (vocabulary == null) {
            Set<String> v = new TreeSet<>();
            for (KnowledgePage p : pages()) {
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
        for (KnowledgePage p : pages()) {
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
        int dash = paragraph.indexOf(" — ");
        int newline = paragraph.indexOf('\n');
        if (dash > 0 && (newline < 0 || dash < newline) && paragraph.substring(dash + 3).matches("(?s)(?:- |\\| |\\d+\\. ).*")) {
            // "heading — - item …": a list or table under its section heading reads as the heading, then the list.
            sb.append("> **").append(paragraph, 0, dash).append("**\n");
            paragraph = paragraph.substring(dash + 3);
        }
        paragraph.lines().forEach(l -> sb.append("> ").append(l).append('\n'));
        return sb.toString().stripTrailing();
    }
}
