package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one understanding step: what a person typed (English, the compact notations of
 * {@code /node set} and {@code /pod add}, or a mix) into the facts it states, and the phrases
 * it could not attach to any fact. Readers take the unambiguous facts first (kubelet settings,
 * running CPUs, the node's shape and placed devices), then read amounts as the node's or a
 * pod's by what the stretch around them is about. Nothing is guessed here: resolving the facts
 * into a node, with the assumptions listed, is {@link Resolve}'s job.
 */
public final class Understand {
    private static final Pattern WONDER = p("^\\s*(?:and\\s+|but\\s+|ok\\s+|so\\s+)?(?:what\\s+if|what\\s+about|how\\s+about"
            + "|what\\s+happens\\s+(?:if|when|with|under)|what\\s+would\\s+happen|suppose|imagine|if\\b|under\\b|with\\b"
            + "|would\\s+it|would\\s+that|does\\s+it\\s+(?:still\\s+)?(?:fit|work)|and\\s+(?:under|with|in|if|for|on)\\b"
            + "|same\\s+(?:with|under|but)|try\\b|compare\\b)");

    private static final Pattern ASKED = p("\\b(?:which|what|where|how\\s+many)\\s+(?:exact\\s+)?(?:cpus?|cores?|cpu\\s+ids|numa(?:\\s+nodes?)?"
            + "|nodes?|socket|gpus?|devices?)\\b(?:\\s+(?:does|do|will|would)\\s+(?:the\\s+)?(?:pod\\s+)?[a-z][\\w-]*\\s+"
            + "(?:get|receive|use|land\\s+on|end\\s+up\\s+(?:with|on))\\b)?|\\bcpus\\s*\\?|\\bnuma(?:\\s+node)?\\s*\\?"
            + "|\\bwhat\\s+(?:does|do|will|would)\\s+(?:the\\s+)?(?:pod\\s+)?[a-z][\\w-]*\\s+(?:get|receive|end\\s+up\\s+with)\\b"
            + "|\\bwhere\\s+(?:does|do|will|would)\\s+(?:the\\s+)?(?:pod\\s+)?[a-z][\\w-]*\\s+(?:go|land|run|end\\s+up)\\b");

    /**
     * "will it land on one NUMA node?", "can it stay on a single socket?", "does it fit in one
     * numa node or will it span two?": the outcome asked about, whose "one NUMA node" or "single
     * socket" says nothing about the node. Masked before the node's facts are read.
     */
    private static final String WHERE = "(?:a|1|one|the\\s+same|a\\s+single|single|just\\s+1|only\\s+1|exactly\\s+1|2|two|both"
            + "|multiple|several|(?:a\\s+)?different|(?:a\\s+)?separate|another|more\\s+than\\s+1|its\\s+own)";
    private static final String SPAN = "(?:land|fit|stay|run|end\\s+up|be\\s+placed|get\\s+placed|be\\s+pinned|get\\s+pinned|be\\s+put"
            + "|go|span|cross|straddle|sit|live|be\\s+kept|spill(?:\\s+over)?|split|remain|be\\s+aligned|get\\s+aligned"
            + "|be\\s+confined|be\\s+scheduled|be\\s+spread|spread|get|use|need|touch)";
    private static final Pattern OUTCOME_ASKED = p("\\b(?:will|would|does|do|did|can|could|is|are|should|might|may)\\s+"
            + "(?:it|they|this|that|the\\s+pods?|the\\s+containers?|[a-z][\\w.-]*(?:\\s+pod)?)"
            + "(?:\\s+(?:still|all|even|then|really|actually|ever|always|just))*"
            + "\\s+(?:be\\s+able\\s+to\\s+|be\\s+going\\s+to\\s+|going\\s+to\\s+|get\\s+to\\s+|have\\s+to\\s+)?" + SPAN
            + "(?:\\s+(?:on|in|within|onto|into|across|over|to|inside|between))?\\s+" + WHERE
            + "\\s+(?:numa(?:\\s+nodes?|\\s+domains?|\\s+zones?)?|sockets?)\\b"
            + "(?:\\s+as\\s+(?:its|the)\\s+(?:memory|gpus?|devices?|nics?|cpus?))?"
            + "(?:\\s*,?\\s*or\\s+(?:will|would|does|do|can|could|is)?\\s*(?:it|they)?\\s*(?:" + SPAN + ")?"
            + "(?:\\s+(?:on|in|onto|into|across|over|between))?\\s*" + WHERE
            + "(?:\\s+(?:numa(?:\\s+nodes?)?|sockets?))?)?");

    /**
     * A question about what becomes of a pod already described ("does it cross sockets?", "is it
     * going to end up on numa 0 or numa 1?", "do both fit on numa 0?"): its subject is a pod
     * said before, so the rest of the question states nothing new. Not when it brings a
     * condition or an amount ("will it fit if SMT is off?", "does it fit 12 cpus?"): those are
     * read as said.
     */
    private static final Pattern OUTCOME_CLAUSE = p("\\b(?:will|would|does|do|did|can|could|is|are|should|might|may)\\s+"
            + "(?:it|they|both(?:\\s+pods)?|this(?:\\s+pod)?|that(?:\\s+pod)?|the\\s+pods?|the\\s+containers?"
            + "|the\\s+(?:gpus?|cpus?|memory|devices?|vfs?|nics?|hugepages)|[a-z][\\w.-]*\\s+and\\s+[a-z][\\w.-]*"
            + "|(?:the\\s+)?[a-z][\\w.-]*\\s+pod)\\b"
            + "(?![^.!?\\n]*(?:\\b(?:if|when|with|under|after|once|unless|while)\\b"
            + "|\\d+\\s*(?:x\\s*)?(?:v?cpus?|cores?|gi|gb|g|mi|mb|ti|gpus?|vfs?|nics?)\\b))[^.!?\\n]*\\?");
    /** The same outcome words in any question: "can a 40 cpu / 64Gi guaranteed pod stay on a single socket?". */
    private static final String SPANS = "(?:lands|fits|stays|runs|ends\\s+up|goes|spans|crosses|straddles|sits|lives"
            + "|spills(?:\\s+over)?|splits|remains|gets|uses|needs|touches)";
    private static final Pattern OUTCOME_IN_QUESTION = p("\\b(?:" + SPAN + "|" + SPANS + ")"
            + "(?:\\s+(?:on|in|within|onto|into|across|over|to|inside|between))?\\s+" + WHERE
            + "\\s+(?:numa(?:\\s+nodes?|\\s+domains?|\\s+zones?)?|sockets?)\\b(?=[^.!?\\n]*\\?)");

    /** A question of only where: "one numa node?", "numa 0 or numa 1?", "same socket?". */
    private static final Pattern WHERE_ONLY = p("(?:^|(?<=[.;!?:]))\\s*(?:and\\s+|so\\s+)?(?:on\\s+|in\\s+)?" + WHERE
            + "\\s+(?:numa(?:\\s+nodes?)?|sockets?)(?:\\s+\\d+)?(?:\\s+or\\s+(?:" + WHERE + "\\s+)?(?:numa(?:\\s+nodes?)?|sockets?)?"
            + "(?:\\s*\\d+)?)?\\s*\\?");

    /** "add another pod", "a second pod", "one more pod": a pod that joins, not a change to the one said before. */
    private static final Pattern ANOTHER_POD = p("\\b(?:another|one\\s+more|1\\s+more|a\\s+second|a\\s+2nd|an\\s+extra|an\\s+additional"
            + "|a\\s+new)\\s+(?:(?:guaranteed|burstable|small|big|tiny)\\s+)?pod\\b");

    private static final Pattern POD_CORES = p("(?<![\\w.])\\d+\\s*(?:x\\s*)?(?:exclusive\\s+|dedicated\\s+|whole\\s+|full\\s+|pinned\\s+)?cores?\\b");
    /** "both guaranteed", "all of them burstable": the QoS of every pod said. */
    private static final Pattern ALL_QOS = Pattern.compile("\\b(?:both|all(?:\\s+of\\s+them)?|each)\\s+(?:are\\s+|is\\s+)?(guaranteed|burstable)\\b");

    private Understand() {
    }

    public static Understanding read(String text) {
        Utterance u = new Utterance(text);
        Mood mood = WONDER.matcher(u.masked()).find() ? Mood.WONDER : Mood.STATE;
        List<String> clashes = new ArrayList<>();
        u.take(OUTCOME_CLAUSE, m -> { });
        u.take(OUTCOME_ASKED, m -> { });
        u.take(OUTCOME_IN_QUESTION, m -> { });
        u.take(WHERE_ONLY, m -> { });
        Map<String, Object> config = ConfigStatements.read(u, clashes);
        List<Busy> busy = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        BusyStatements.read(u, busy, unplaced);
        // What each stretch is about is judged before the node's facts are taken: once "2 sockets, 48 cores
        // total" has lost its node words, "48 cores" would join the pod said after it.
        String beforeNode = u.masked();
        List<Segments.Segment> segments = Segments.of(beforeNode);
        NodeDraft node = new NodeDraft();
        NodeStatements.read(u, node);
        List<StatedPod> pods = new ArrayList<>();
        for (Segments.Segment s : segments) {
            if (s.pod()) {
                pods.addAll(PodStatements.read(u, s.from(), s.to(), clashes));
            } else {
                NodeTotals.read(u, s.from(), s.to(), node);
            }
        }
        pods.removeIf(p -> p.isEmpty() && p.name() == null && p.qos() == null && p.copies() == 1);
        // "two pods on a 2x24 node: pod a … and pod b …": the count announces the pods said after it.
        if (pods.size() > 1 && pods.get(0).isEmpty() && pods.get(0).name() == null && pods.get(0).copies() == pods.size() - 1) {
            pods.remove(0);
        }
        Matcher all = ALL_QOS.matcher(text.toLowerCase(Locale.ROOT));
        if (pods.size() > 1 && all.find()) {
            String qos = all.group(1).startsWith("g") ? "Guaranteed" : "Burstable";
            pods.replaceAll(p -> p.qos() != null ? p : new StatedPod(p.name(), qos, p.containers(), p.copies()));
        }
        // "which CPUs does it get?", "which NUMA node?": what is asked about, not a fact.
        u.take(ASKED, m -> { });
        List<String> contradictions = new ArrayList<>(node.contradictions);
        contradictions.addAll(clashes);
        List<String> notUnderstood = new ArrayList<>(unplaced);
        for (Utterance.Chunk c : u.leftovers()) {
            String phrase = significant(u, c);
            if (phrase != null) {
                notUnderstood.add(phrase);
            }
        }
        return new Understanding(mood, node.build(), pods, config, busy, notUnderstood, contradictions,
                u.corrections(), ANOTHER_POD.matcher(u.masked()).find(), coresAsCpus(u, beforeNode, segments));
    }

    /** A pod's CPUs said in cores ("6 cores"): Kubernetes counts CPUs, which on an SMT node are half a core each. */
    private static List<String> coresAsCpus(Utterance u, String text, List<Segments.Segment> segments) {
        List<String> out = new ArrayList<>();
        for (Segments.Segment s : segments) {
            if (s.pod()) {
                Matcher m = POD_CORES.matcher(text);
                m.region(s.from(), s.to());
                while (m.find()) {
                    out.add(u.originalOf(m.start(), m.end()));
                }
            }
        }
        return out;
    }

    /** The part of a leftover from its first to its last word that is not filler, as typed; null when all is filler. */
    private static String significant(Utterance u, Utterance.Chunk c) {
        String text = u.masked();
        int first = -1;
        int last = -1;
        int i = c.from();
        while (i < c.to()) {
            while (i < c.to() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < c.to() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i && !filler(text.substring(start, i))) {
                if (first < 0) {
                    first = start;
                }
                last = i;
            }
        }
        return first < 0 ? null : u.originalOf(first, last);
    }

    private static boolean filler(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^[-'\"*_~>#/]+|[-'\"*_~]+$", "");
        return w.isEmpty() || Words.FILLER.contains(w) || w.matches("[^a-z0-9]+");
    }
}
