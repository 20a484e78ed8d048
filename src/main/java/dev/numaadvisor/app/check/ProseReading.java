package dev.numaadvisor.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of one answer, read sentence by sentence and clause by clause, with the state that
 * carries between them: the pod in focus (the first name of the last sentence that named one, with
 * the paragraph's other names as other readings of "it"), the section's subject, a question
 * waiting for its "Yes."/"No.", and whether the section is advice. Verdicts read negation ("will
 * not be rejected" is an admission) and who admitted ("restricted admits it" is the Topology
 * Manager's part only).
 */
final class ProseReading {
    static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\S)|\\n+");
    static final Pattern CLAUSE = Pattern.compile("\\s*(?:;|:\\s|,?\\s+but\\s+|,?\\s+while\\s+|,?\\s+whereas\\s+"
            + "|,?\\s+and\\s+(?=\\S+\\s+(?:is|was|will|would|gets|got|runs|keeps)\\b)|,\\s+so\\s+"
            + "|,\\s+(?=\\S+\\s+(?:is|was|will|would)\\s))\\s*");
    // "fit" is no verdict: a pod that does not fit on one NUMA node may still be admitted across two.
    // "admitted pods" names a kind of pod, not a verdict.
    static final Pattern VERDICT = Pattern.compile("(?i)\\b(?:rejected|rejects?|rejection|refused"
            + "|fails?\\s+(?:admission|to\\s+be\\s+admitted)|failed\\s+admission|admission\\s+(?:failure|fails|failed)"
            + "|admitted|admits?|accepted|(?:won't|will\\s+not|doesn't|does\\s+not|can't|cannot|never)\\s+(?:run|start)"
            + "|gets?\\s+in|be\\s+fine|goes\\s+through|(?<=pods\\s)(?:all\\s+)?(?:start|run))\\b"
            + "(?!\\s+(?:pods?|containers?|workloads?|ones?)\\b)");
    /** "restricted admits it", "the Topology Manager accepts it": the merge passed; the pod may still fail later. */
    static final Pattern MANAGER_SUBJECT = Pattern.compile("(?i)(?<!\\b(?:under|with|in|using)\\s)\\b(?:topology\\s+manager|restricted|best-effort"
            + "|single-numa-node|the\\s+policy|the\\s+merge)\\s+(?:\\w+\\s+){0,2}$");
    /** "TopologyAffinityError is avoided": a reason named as what did not happen. */
    static final Pattern AVOIDED = Pattern.compile("(?i)\\s*(?:is|was|will\\s+be|gets|got)?\\s*(?:avoided|prevented"
            + "|averted|not\\s+\\w+|never\\s+\\w+|won't|doesn't|does\\s+not)\\b");
    static final Pattern MODAL = Pattern.compile("(?i)\\b(?:would|could|might)\\s+(?:\\w+\\s+){0,2}$");
    static final Pattern PLURAL_VERB = Pattern.compile("(?i)\\b(?:are|were|both|all)\\s+(?:\\w+\\s+){0,2}$");
    static final Pattern QUESTION = Pattern.compile("\\?\\s*$");
    static final Pattern ANSWER = Pattern.compile("(?i)^\\W*(yes|yep|yeah|no|nope)\\b");
    static final Pattern SUBJECT = Pattern.compile("(?i)\\b(?:it|it's|its|the\\s+pod|this\\s+pod|your\\s+pod"
            + "|that\\s+pod|the\\s+container|its\\s+container|the\\s+workload|(?:the\\s+)?(?:whole\\s+)?allocation"
            + "|everything|they|their|them|this\\s+one|that\\s+one|(?:both|all|each|every)\\s+(?:\\w+\\s+)?containers?"
            + "|the\\s+(?:rejection\\s+)?reason|the\\s+error)\\b");
    static final Pattern ALL_PODS = Pattern.compile("(?i)\\b(?:both|all|every|neither)\\s+(?:\\w+\\s+)?pods?\\b");
    /** "Rejected, TopologyAffinityError." or "Admitted." opening a sentence: a verdict on the pod in focus. */
    static final Pattern HEADLINE = Pattern.compile("(?i)(?:yes|no)?[,.]?\\s*(?:admitted|rejected|accepted|refused)\\b"
            + "(?=\\s*[.,:;!—–(-]|\\s*$|\\s+(?:with|on|but|and|by|at|because)\\b)");
    static final Pattern DEVICE = DeviceIds.ID;
    static final Pattern DEVICE_FACT = Pattern.compile("(?i)\\b(?:free|available|other|another|remaining"
            + "|left|unused|idle)\\b");
    /** "GPU-0 is on NUMA node 1", "GPU-1 (which sits on …)": a fact of the node, not an assignment. */
    static final Pattern DEVICE_IS = Pattern.compile("(?i)^\\s*[(,]?\\s*(?:which\\s+)?(?:is|are|sits|hangs"
            + "|lives|belongs|attached)\\b(?!\\s+(?:assigned|allocated|given|bound|used))");
    static final Pattern ASSIGNED = Pattern.compile("(?i)\\b(?:gets?|got|assign\\w*|allocat\\w*|receiv\\w*"
            + "|uses?|using|bound|takes?|took|with|given|gives|admitted|picks?|picked|chooses|chose|selects?|selected"
            + "|hands?|handed)\\b");
    /** "GPU-0 and GPU-1 are both attached to NUMA node 1", "GPU-0 (NUMA 1)": where the node's devices sit. */
    static final Pattern DEVICE_AT = Pattern.compile("(?i)\\b((?:GPU|NIC|DEV|VF|MIG)-[0-9a-z][\\w-]*(?:\\s*(?:,|and|&)\\s*"
            + "(?:GPU|NIC|DEV|VF|MIG)-[0-9a-z][\\w-]*)*)\\)?\\s*(?:,\\s*)?(?:which\\s+)?(?:\\(\\s*|(?:which\\s+)?(?:is|are)\\s+(?:both\\s+|all\\s+)?"
            + "(?:attached\\s+to|on|local\\s+to|behind|under|off)\\s+|(?:both\\s+|all\\s+)?(?:sits?|hangs?|lives?)\\s+"
            + "(?:on|off|under)\\s+|(?:both\\s+|all\\s+)?(?:attached\\s+to)\\s+)(?:the\\s+)?NUMA\\s*(?:node\\s*)?(\\d{1,2})\\b");
    /** "their memory isn't pinned", "memory is pinned to": whether the Memory Manager pinned it at all. */
    static final Pattern MEMORY_PINNED = Pattern.compile("(?i)\\bmemory\\s+(?:is\\s+|was\\s+|isn't\\s+|is\\s+not\\s+"
            + "|wasn't\\s+|stays\\s+)?(?:still\\s+)?(un)?pinned\\b(?!\\s+to\\s+(?:NUMA|node))|\\bmemory\\s+(?:isn't|is\\s+not"
            + "|wasn't|was\\s+not)\\s+pinned\\b");

    final ResultNames names;
    final List<Claim> out = new ArrayList<>();
    ResultNames.Subject current;
    ResultNames.Subject section;
    Claim asked;
    boolean anySubject;
    boolean advice;
    /** The paragraph answers a question just asked: its lists are what the question's subject got. */
    boolean answering;
    /** Who the paragraph has named so far: the other readings of a pronoun. */
    final java.util.LinkedHashSet<ResultNames.Subject> recent = new java.util.LinkedHashSet<>();

    ProseReading(ResultNames names) {
        this.names = names;
    }

    void prose(String text, boolean structured) {
        if (text.isBlank()) {
            asked = null;
            recent.clear();
            answering = false;
            return;
        }
        for (String sentence : SENTENCE.split(text)) {
            String s = sentence.replaceAll("[*_`]", "").strip();
            if (s.isEmpty()) {
                continue;
            }
            Claim question = asked;
            asked = null;
            Matcher yesNo = ANSWER.matcher(s);
            if (question != null && yesNo.find()) {
                boolean yes = yesNo.group(1).toLowerCase(Locale.ROOT).startsWith("y");
                boolean admitted = yes == (question.kind() == Claim.Kind.ADMITTED);
                out.add(new Claim(admitted ? Claim.Kind.ADMITTED : Claim.Kind.REJECTED, question.pod(), "", false,
                        question.quote() + " " + yesNo.group()));
                s = s.substring(yesNo.end()).replaceFirst("^\\W+", "");
            }
            List<ResultNames.Mention> mentions = names.mentions(s, current);
            if (Hypotheticals.IMPERATIVE.matcher(s).lookingAt()) {
                continue; // "Use best-effort: the pod would then be admitted" is advice
            }
            if (QUESTION.matcher(s).find()) {
                asked = question(s, mentions);
                focus(mentions);
                answering = true; // "Q: Which GPUs does trainer get? GPU-2 and GPU-3.": the answer needs no verb
                continue;
            }
            Matcher hypothetical = Hypotheticals.HYPOTHETICAL.matcher(s);
            if (hypothetical.find()) {
                // What follows "if", "unless", "could have" is no claim; what comes before it still is.
                focus(mentions);
                s = Hypotheticals.withoutHypothetical(s, hypothetical.start());
                if (s.isEmpty()) {
                    continue;
                }
                mentions = names.mentions(s, current);
            }
            s = Hypotheticals.withoutCounterfactuals(s);
            mentions = names.mentions(s, current);
            ResultNames.Subject before = current;
            if (HEADLINE.matcher(s).lookingAt() && before != null) {
                s = before.pod() + " is " + s; // "Rejected, TopologyAffinityError." heads an answer about the pod in focus
                mentions = names.mentions(s, current);
            }
            int from = out.size();
            boolean named = structured || anySubject || answering;
            for (String clause : CLAUSE.split(s)) {
                List<ResultNames.Mention> said = names.mentions(clause, current);
                clause(clause, said, named);
                // "duckdb's 8 CPUs too: four on NUMA 0 and four on NUMA 1": the sentence's subject carries on
                named |= !said.isEmpty() || SUBJECT.matcher(clause).find();
                if (current == before && !said.isEmpty()) {
                    current = pronoun(mentions); // the sentence's subject, for its pronouns
                }
            }
            current = before;
            unite(from);
            ResultNames.Subject last = subjectOr(mentions, s.length());
            MergedHintClaims.read(s, mentions, current, out);
            CpuClaims.read(s, names, current, out);
            deviceFacts(s);
            focus(mentions);
        }
    }

    private ResultNames.Subject subjectOr(List<ResultNames.Mention> mentions, int index) {
        ResultNames.Subject s = ResultNames.before(mentions, index);
        return s != null ? s : current;
    }

    /**
     * One NUMA claim per subject and resource per sentence: "48Gi on NUMA 0 and 16Gi on NUMA 1"
     * says its memory is on both, which is checked as a whole.
     */
    private void unite(int from) {
        Map<List<Object>, Claim> byWho = new java.util.LinkedHashMap<>();
        List<Claim> rest = new ArrayList<>();
        for (Claim c : out.subList(from, out.size())) {
            if (c.kind() != Claim.Kind.NUMA) {
                rest.add(c);
                continue;
            }
            List<Object> key = java.util.Arrays.asList(c.pod(), c.container(), c.resource(), c.readings().size());
            Claim seen = byWho.get(key);
            byWho.put(key, seen == null ? c : new Claim(c.kind(), c.pod(), c.container(), c.resource(),
                    FieldClaims.ids(seen.value() + "," + c.value()), false, seen.quote(), unite(seen.readings(), c)));
        }
        out.subList(from, out.size()).clear();
        out.addAll(byWho.values());
        out.addAll(rest);
    }

    private static List<Claim> unite(List<Claim> readings, Claim c) {
        return readings.stream().map(o -> new Claim(o.kind(), o.pod(), o.container(), o.resource(),
                FieldClaims.ids(o.value() + "," + c.value()), false, o.quote())).toList();
    }

    /** After a sentence, "it" is the sentence's subject: the name it said first. */
    private void focus(List<ResultNames.Mention> mentions) {
        if (!mentions.isEmpty()) {
            current = pronoun(mentions);
        }
    }

    /**
     * The first name said, with the paragraph's other names as other readings of a later "it" or
     * "the pod": a pronoun is ambiguous, and a claim is wrong only if it is wrong for every reading.
     */
    private ResultNames.Subject pronoun(List<ResultNames.Mention> mentions) {
        ResultNames.Subject first = mentions.get(0).subject();
        mentions.forEach(m -> recent.add(new ResultNames.Subject(m.subject().pod(), m.subject().container())));
        List<ResultNames.Subject> others = recent.stream()
                .filter(x -> !x.pod().equals(first.pod()) || !java.util.Objects.equals(x.container(), first.container()))
                .toList();
        return new ResultNames.Subject(first.pod(), first.container(), others);
    }


    /** "Will trader be admitted?", "Does it get rejected?": the claim a following "No." negates. */
    private Claim question(String s, List<ResultNames.Mention> mentions) {
        Matcher m = VERDICT.matcher(s);
        if (!m.find() || mentions.size() > 1 || Hypotheticals.HYPOTHETICAL.matcher(s).find()) {
            return null;
        }
        ResultNames.Subject who = mentions.isEmpty() ? current : mentions.get(0).subject();
        if (who == null && !SUBJECT.matcher(s).find()) {
            return null;
        }
        String word = m.group().toLowerCase(Locale.ROOT);
        boolean rejectWord = word.startsWith("reject") || word.startsWith("fail") || word.equals("refused");
        boolean rejected = rejectWord != ClaimExtractor.NEGATION.matcher(s.substring(0, m.start())).find();
        return new Claim(rejected ? Claim.Kind.REJECTED : Claim.Kind.ADMITTED, who == null ? null : who.pod(),
                "", false, s);
    }

    private void clause(String clause, List<ResultNames.Mention> mentions, boolean structured) {
        boolean aboutPod = structured || !mentions.isEmpty() || SUBJECT.matcher(clause).find();
        if (Hypotheticals.POLICY_COMPARISON.matcher(clause).find()) {
            return;
        }
        if (ALL_PODS.matcher(clause).find() && names.pods().isEmpty()) {
            verdicts(clause, true, null, List.of()); // a kubelet that never started: "both pods are admitted" is wrong
        } else if (ALL_PODS.matcher(clause).find() && (mentions.isEmpty() || mentions.size() == names.pods().size())) {
            for (String pod : names.pods()) {
                verdicts(clause, true, new ResultNames.Subject(pod, null), List.of());
            }
        } else {
            verdicts(clause, aboutPod, current, mentions);
        }
        NumaClaims.read(clause, aboutPod, mentions, this::subjectOr, out);
        devices(clause, aboutPod, structured || answering, mentions);
        exclusive(clause, aboutPod, mentions);
        pinnedOrNot(clause, aboutPod, mentions);
    }

    /** "their memory isn't pinned to any NUMA node", "it never got a merged hint": claims that something is absent. */
    private void pinnedOrNot(String clause, boolean aboutPod, List<ResultNames.Mention> mentions) {
        if (!aboutPod) {
            return;
        }
        Matcher pinned = MEMORY_PINNED.matcher(clause);
        if (pinned.find() && !ClaimExtractor.generic(clause, pinned.start(), mentions) && !ClaimExtractor.intentBefore(clause, pinned.start())) {
            boolean not = pinned.group(1) != null || pinned.group().matches("(?is).*(?:n't|not).*")
                    || ClaimExtractor.NEGATION.matcher(clause.substring(0, pinned.start())).find();
            out.add(ResultNames.claim(subjectOr(mentions, pinned.start()), Claim.Kind.MEMORY_PINNED, "",
                    String.valueOf(!not), false, clause));
        }
        Matcher none = MergedHintClaims.NO_MERGED.matcher(clause);
        if (none.find()) {
            out.add(ResultNames.claim(subjectOr(mentions, none.start()), Claim.Kind.MERGED_HINT, "", "none", false, clause));
        }
    }

    private void verdicts(String clause, boolean aboutPod, ResultNames.Subject fallback,
                          List<ResultNames.Mention> mentions) {
        if (!aboutPod) {
            return;
        }
        Matcher m = VERDICT.matcher(clause);
        int from = 0;
        boolean found = false;
        while (m.find()) {
            found = true;
            String head = clause.substring(0, m.start());
            int since = from;
            from = m.end();
            // "219Gi would be admitted", "it would then be rejected": every such verdict in these answers was hypothetical
            if (ClaimExtractor.generic(clause, m.start(), mentions) || MODAL.matcher(head).find()) {
                continue;
            }
            List<ResultNames.Subject> said = mentions.stream().filter(x -> x.start() >= since && x.start() < m.start())
                    .map(ResultNames.Mention::subject).distinct().toList();
            List<ResultNames.Subject> whom;
            if (said.size() > 1 && PLURAL_VERB.matcher(head).find()) {
                whom = said; // "vllm-0 and redis-0 are admitted"
            } else if (!said.isEmpty()) {
                whom = List.of(said.get(said.size() - 1));
            } else if (ResultNames.before(mentions, m.start()) != null) {
                whom = List.of(ResultNames.before(mentions, m.start()));
            } else if (objectAfter(clause, m.end(), mentions) != null) {
                whom = List.of(objectAfter(clause, m.end(), mentions)); // "the kubelet refused trader"
            } else if (mentions.isEmpty() || SUBJECT.matcher(head).find()) {
                whom = java.util.Collections.singletonList(fallback);
            } else {
                continue; // "Rejected: …, vllm-0 and redis-0 are admitted": a name after the verdict is not its subject
            }
            for (ResultNames.Subject who : whom) {
                verdict(clause, m, who);
            }
        }
        if (found) {
            return;
        }
        Matcher reason = ClaimExtractor.REASON.matcher(clause);
        if (reason.find() && !ClaimExtractor.NEGATION.matcher(clause.substring(0, reason.start())).find()
                && !AVOIDED.matcher(clause.substring(reason.end())).lookingAt()) {
            ResultNames.Subject who = ResultNames.before(mentions, reason.start());
            who = who != null ? who : fallback;
            // "It hits a TopologyAffinityError" is a rejection with its reason.
            out.add(ResultNames.claim(who, Claim.Kind.REJECTED, "", "", false, clause));
            reason(clause, true, who);
        }
    }

    /** The pod right after an active verdict verb ("rejects trader", "admitted the pod filler"), else null. */
    private static ResultNames.Subject objectAfter(String clause, int end, List<ResultNames.Mention> mentions) {
        Matcher gap = Pattern.compile("(?i)^\\s+(?:the\\s+)?(?:pod\\s+)?").matcher(clause.substring(end));
        int at = end + (gap.find() ? gap.end() : 0);
        return mentions.stream().filter(x -> x.start() == at).map(ResultNames.Mention::subject).findFirst().orElse(null);
    }

    private void verdict(String clause, Matcher m, ResultNames.Subject who) {
        String word = m.group().toLowerCase(Locale.ROOT);
        boolean rejectWord = word.startsWith("reject") || word.startsWith("fail") || word.equals("refused")
                || word.startsWith("admission failure") || word.startsWith("admission fail");
        rejectWord |= word.matches("(?s)(?:won't|will\\s+not|doesn't|does\\s+not|can't|cannot|never).*");
        boolean rejected = rejectWord != ClaimExtractor.NEGATION.matcher(clause.substring(0, m.start())).find();
        // "restricted admits it": the Topology Manager's part only; a later step may still reject the pod
        String by = !rejected && MANAGER_SUBJECT.matcher(clause.substring(0, m.start())).find() ? "topology" : "";
        out.add(ResultNames.claim(who, rejected ? Claim.Kind.REJECTED : Claim.Kind.ADMITTED, "", by, false, clause));
        reason(clause, rejected, who);
    }

    private void reason(String clause, boolean rejected, ResultNames.Subject who) {
        Matcher reason = ClaimExtractor.REASON.matcher(clause);
        if (rejected && reason.find() && !ClaimExtractor.NEGATION.matcher(clause.substring(0, reason.start())).find()) {
            out.add(ResultNames.claim(who, Claim.Kind.REASON, "", reason.group(1), false, clause));
        }
    }



    /** {@code listed}: the clause is what a labelled line gives its pod ("- writer: NIC-0"), no verb needed. */
    private void devices(String clause, boolean aboutPod, boolean listed, List<ResultNames.Mention> mentions) {
        if (!aboutPod || !listed && !ASSIGNED.matcher(clause).find() || DEVICE_FACT.matcher(clause).find()) {
            return;
        }
        Matcher m = DEVICE.matcher(clause);
        while (m.find()) {
            boolean fact = DEVICE_IS.matcher(clause.substring(m.end())).find() || ClaimExtractor.intentBefore(clause, m.start());
            if (!fact && !ClaimExtractor.NEGATION.matcher(clause.substring(0, m.start())).find()) {
                ResultNames.Subject who = subjectOr(mentions, m.start());
                out.add(ResultNames.claim(who, Claim.Kind.DEVICE, "", m.group(1), false, clause));
            }
        }
    }

    /** "gets exclusive CPUs", "runs in the shared pool", "has no exclusive CPUs". */
    private void exclusive(String clause, boolean aboutPod, List<ResultNames.Mention> mentions) {
        if (!aboutPod) {
            return;
        }
        Matcher m = Pattern.compile("(?i)\\b(exclusive|dedicated|pinned)\\s+(?:\\w+\\s+)?(?:CPUs?|cores?|cpuset)\\b"
                + "|\\b(shared)\\s+(?:CPU\\s+)?(?:pool|CPUs?|cpuset)\\b|\\b(default)\\s+cpuset\\b").matcher(clause);
        if (!m.find() || !NumaClaims.PLACEMENT.matcher(clause).find() || ClaimExtractor.intentBefore(clause, m.start())) {
            return;
        }
        boolean negated = ClaimExtractor.NEGATION.matcher(clause.substring(0, m.start())).find();
        boolean exclusive = (m.group(1) != null) != negated;
        ResultNames.Subject who = subjectOr(mentions, m.start());
        out.add(ResultNames.claim(who, Claim.Kind.EXCLUSIVE, "", String.valueOf(exclusive), false, clause));
    }

    private void deviceFacts(String sentence) {
        Matcher m = DEVICE_AT.matcher(sentence);
        while (m.find()) {
            if (ClaimExtractor.NEGATION.matcher(sentence.substring(0, m.start(2))).find()) {
                continue;
            }
            Matcher d = DEVICE.matcher(m.group(1));
            while (d.find()) {
                out.add(new Claim(Claim.Kind.DEVICE_AT, null, null, "", d.group(1) + "@" + m.group(2), false,
                        m.group()));
            }
        }
    }
}
