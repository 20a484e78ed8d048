package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import java.util.List;

/**
 * The default assistant when no LLM is configured: a described scenario is extracted into the
 * session, simulated and walked through; anything else is answered from the knowledge pages by
 * BM25, citing the page; with no good match it says so and names the command that would tell.
 * The knowledge index is built on first use, not at start-up.
 */
public final class OfflineAssistant {
    /** Below this BM25 score a match is noise (tuned on the question set in the tests). */
    static final double MIN_SCORE = 4.0;

    private KnowledgeIndex index;

    public String answer(Session session, String question) {
        ScenarioExtractor.Extraction e = ScenarioExtractor.extract(question);
        if (e != null) {
            return scenario(session, e);
        }
        return fromKnowledge(question);
    }

    private String scenario(Session session, ScenarioExtractor.Extraction e) {
        session.replaceWith(e.session());
        StringBuilder sb = new StringBuilder("## What I understood\n");
        e.understood().forEach(u -> sb.append("- ").append(u).append('\n'));
        sb.append("## What I assumed\n");
        e.assumed().forEach(a -> sb.append("- ").append(a).append('\n'));
        sb.append('\n');
        Simulate.Outcome outcome = SessionRun.run(session);
        sb.append(Walkthrough.write(session, outcome, e.podName()));
        return sb.toString();
    }

    public KnowledgeIndex index() {
        if (index == null) {
            index = new KnowledgeIndex(KnowledgeLoader.load());
        }
        return index;
    }

    /** The best paragraph(s) for a question, quoted with their page; or a plain "I don't know". */
    public String fromKnowledge(String question) {
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
            // A close second from another page often holds the other half of the answer.
            if (!h.page().equals(best.page()) && h.score() > best.score() * 0.8) {
                sb.append('\n').append(cited(h));
                break;
            }
        }
        return sb.toString();
    }

    /** The page whose slug, title or tag best matches {@code topic}; null when none. */
    public String explain(String topic) {
        String t = topic.trim().toLowerCase(java.util.Locale.ROOT);
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
