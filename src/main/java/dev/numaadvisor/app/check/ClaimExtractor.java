package dev.numaadvisor.app.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of an answer: first its shape ({@link AnswerLayout}: table rows, labelled list
 * items, headings, each value read for its field by {@link FieldClaims}), then its prose ({@link
 * ProseReading}) sentence by sentence, clause by clause. A claim is about the pod or container named
 * last before it, else the one the structure or an earlier sentence put in focus ("it", "the pod").
 * Hypotheticals, advice and general statements make no claim ({@link Hypotheticals}). Pure: text
 * in, claims out.
 */
public final class ClaimExtractor {
    /** What a pod would need or asks for is no claim about what it got. */
    static final Pattern INTENT = Pattern.compile("(?i)\\b(?:would|could|need|needs|asks?|asking|wants?"
            + "|requires?|requests?|requested|qualif\\w*|eligible|entitled)\\b");
    static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever|\\bno\\s+longer|\\bwithout"
            + "|\\bneither|\\bnor|\\bcannot|\\bno|\\bnothing|\\bnone(?:\\s+of\\s+\\w+)?|\\bnobody|\\bzero)\\s+(?:\\w+\\s+){0,3}$");
    static final Pattern REASON = Pattern.compile("\\b(TopologyAffinityError|UnexpectedAdmissionError"
            + "|SMTAlignmentError|OutOf[a-z][\\w./-]*|InsufficientResources?)\\b");
    /** "a further DPDK pod", "any pod", "new pods": pods in general, not one of the result's. */
    static final Pattern GENERIC_POD = Pattern.compile("(?i)\\b(?:a|an|any|another|some|each|every|new|further"
            + "|future|next|other|more|later)\\s+(?:\\w+\\s+){0,2}pods?\\b");

    private ClaimExtractor() {
    }

    /** What a pod needs or asks for, said just before a claim ("since it requests 20 CPUs, gets …" is no intent for "gets"). */
    static boolean intentBefore(String text, int index) {
        String head = text.substring(0, index);
        int cut = Math.max(head.lastIndexOf(','), Math.max(head.lastIndexOf('('), head.lastIndexOf(';')));
        return INTENT.matcher(head.substring(cut + 1)).find();
    }

    /** {@code pods}: pod names; {@code containers}: container name → its pod (names of one pod win). */
    public static List<Claim> extract(String prose, List<String> pods, Map<String, List<String>> containers) {
        return extract(prose, pods, containers, false);
    }

    /**
     * With {@code anySubject}, every clause is read as about some pod, named or not: for a kubelet
     * that never starts, any admission or rejection reason is wrong whoever it is said of.
     */
    public static List<Claim> extract(String prose, List<String> pods, Map<String, List<String>> containers,
                                      boolean anySubject) {
        ResultNames names = new ResultNames(pods, containers);
        ProseReading r = new ProseReading(names);
        r.anySubject = anySubject;
        r.current = pods.size() == 1 ? new ResultNames.Subject(pods.get(0), null) : null;
        for (AnswerLayout.Statement s : AnswerLayout.read(prose, names)) {
            ResultNames.Subject subject = s.subject() == null ? null : names.subject(s.subject());
            if (s.section()) {
                r.section = subject;
                r.current = subject != null ? subject : r.current;
                r.advice = Hypotheticals.ADVICE.matcher(s.text()).find();
                r.recent.clear();
                continue;
            }
            if (r.advice) {
                continue; // "### Options", "## How to fix": what the user could do, not what happened
            }
            if (subject != null) {
                r.current = subject;
            } else if (!s.prose() && r.section != null) {
                r.current = r.section; // "- Memory: …" under "### hedger" is hedger's, whatever prose said in between
            }
            FieldKind field = s.prose() ? null : FieldKind.of(s.label());
            // A labelled value the field reading finds nothing in ("Verdict: the pod is rejected") is prose.
            if (field == null || !FieldClaims.read(field, s.text(), r.current, s.label() + ": " + s.text(), r.out)) {
                r.prose(s.text(), subject != null);
            }
        }
        return r.out;
    }

    static int indexOfName(String text, String name) {
        Matcher m = ResultNames.word(name).matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** "a further DPDK pod will be rejected": said of a pod in general, after the last name. */
    static boolean generic(String clause, int index, List<ResultNames.Mention> mentions) {
        int from = 0;
        for (ResultNames.Mention m : mentions) {
            if (m.start() < index) {
                from = m.start();
            }
        }
        return GENERIC_POD.matcher(clause.substring(from, index)).find();
    }
}
