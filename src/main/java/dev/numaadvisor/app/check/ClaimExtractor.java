package dev.numaadvisor.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of an answer: first its shape ({@link AnswerLayout}: table rows, labelled list
 * items, each read for its field by {@link FieldClaims}), then its prose sentence by sentence,
 * clause by clause. A claim is about the pod or container named last before it, else the one the
 * structure or an earlier sentence put in focus ("it", "the pod"). Verdicts read negation ("will
 * not be rejected" is an admission) and a question answered at once ("Will trader be admitted?
 * No."). Hypotheticals ("if …", "unless …") and general statements with no pod as subject make no
 * claim. Pure: text in, claims out.
 */
public final class ClaimExtractor {
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\S)|\\n+");
    private static final Pattern CLAUSE = Pattern.compile("\\s*(?:;|:\\s|,?\\s+but\\s+|,?\\s+while\\s+|,?\\s+whereas\\s+"
            + "|,?\\s+and\\s+(?=\\S+\\s+(?:is|was|will|would|gets|got|runs|keeps)\\b)|,\\s+so\\s+"
            + "|,\\s+(?=\\S+\\s+(?:is|was|will|would)\\s))\\s*");
    /** What a pod would need or asks for is no claim about what it got. */
    static final Pattern INTENT = Pattern.compile("(?i)\\b(?:would|could|need|needs|asks?|asking|wants?"
            + "|requires?|requests?|requested|qualif\\w*|eligible|entitled)\\b");
    // "fit" is no verdict: a pod that does not fit on one NUMA node may still be admitted across two.
    // "admitted pods" names a kind of pod, not a verdict.
    private static final Pattern VERDICT = Pattern.compile("(?i)\\b(?:rejected|rejects?|rejection|refused"
            + "|fails?\\s+(?:admission|to\\s+be\\s+admitted)|failed\\s+admission|admission\\s+(?:failure|fails|failed)"
            + "|admitted|admits?|accepted|(?:won't|will\\s+not|doesn't|does\\s+not|can't|cannot|never)\\s+(?:run|start)"
            + "|gets?\\s+in|be\\s+fine|goes\\s+through)\\b(?!\\s+(?:pods?|containers?|workloads?|ones?)\\b)");
    /** "restricted admits it", "the Topology Manager accepts it": the merge passed; the pod may still fail later. */
    private static final Pattern MANAGER_SUBJECT = Pattern.compile("(?i)(?<!\\b(?:under|with|in|using)\\s)\\b(?:topology\\s+manager|restricted|best-effort"
            + "|single-numa-node|the\\s+policy|the\\s+merge)\\s+(?:\\w+\\s+){0,2}$");
    /** "a further DPDK pod", "any pod", "new pods": pods in general, not one of the result's. */
    private static final Pattern GENERIC_POD = Pattern.compile("(?i)\\b(?:a|an|any|another|some|each|every|new|further"
            + "|future|next|other|more|later)\\s+(?:\\w+\\s+){0,2}pods?\\b");
    /** "would be rejected under restricted": a statement about another policy, not this result. */
    private static final Pattern POLICY_COMPARISON = Pattern.compile("(?i)\\b(?:would|could|might)\\b.*\\b(?:under|with)"
            + "\\s+(?:the\\s+)?(?:restricted|best-effort|none|single-numa-node|static)\\b");
    static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever|\\bno\\s+longer|\\bwithout"
            + "|\\bneither|\\bnor|\\bcannot|\\bno|\\bnothing|\\bnone(?:\\s+of\\s+\\w+)?|\\bnobody|\\bzero)\\s+(?:\\w+\\s+){0,3}$");
    // "when" and "once" mostly tell the order things happened in ("when packet-broker arrives"), so they stay.
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:if|unless|otherwise|whether|suppose"
            + "|were\\s+you|had\\s+\\S+\\s+(?:been|come|gone|asked|arrived)|instead\\s+of|rather\\s+than"
            + "|under\\s+(?:the\\s+)?(?:restricted|best-effort|none|single-numa-node)\\s+(?:policy|instead))\\b");
    /** "The CPU Manager would have preferred NUMA 0": that clause alone is counterfactual. */
    private static final Pattern COUNTERFACTUAL = Pattern.compile("(?i)\\b(?:would|could|might|should)\\s+have\\b");
    /** "TopologyAffinityError is avoided": a reason named as what did not happen. */
    private static final Pattern AVOIDED = Pattern.compile("(?i)\\s*(?:is|was|will\\s+be|gets|got)?\\s*(?:avoided|prevented"
            + "|averted|not\\s+\\w+|never\\s+\\w+|won't|doesn't|does\\s+not)\\b");
    private static final Pattern QUESTION = Pattern.compile("\\?\\s*$");
    private static final Pattern ANSWER = Pattern.compile("(?i)^\\W*(yes|yep|yeah|no|nope)\\b");
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\b(?:it|it's|its|the\\s+pod|this\\s+pod|your\\s+pod"
            + "|that\\s+pod|the\\s+container|its\\s+container|the\\s+workload|(?:the\\s+)?(?:whole\\s+)?allocation"
            + "|everything|they|their|them|this\\s+one|that\\s+one|(?:both|all|each|every)\\s+(?:\\w+\\s+)?containers?"
            + "|the\\s+(?:rejection\\s+)?reason|the\\s+error)\\b");
    private static final Pattern ALL_PODS = Pattern.compile("(?i)\\b(?:both|all|every|neither)\\s+(?:\\w+\\s+)?pods?\\b");
    static final Pattern REASON = Pattern.compile("\\b(TopologyAffinityError|UnexpectedAdmissionError"
            + "|SMTAlignmentError|OutOf[a-z][\\w./-]*|InsufficientResources?)\\b");
    private static final Pattern NUMA = Pattern.compile("(?i)\\bNUMA(?:\\s+(?:node|nodes|zone|zones))?\\s*#?"
            + "(\\d{1,2}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*|\\s*\\+\\s*)"
            + "(?:NUMA(?:\\s+nodes?)?\\s*)?\\d{1,2}(?!\\s+(?:on|in|from|of|CPUs?|cores?|threads?|logical|free|left|GPUs?)\\b))*)"
            + "(?![\\w%-]|\\.\\d)|\\bboth\\s+(?:NUMA\\s+)?nodes\\b");
    private static final Pattern NUMA_FACT = Pattern.compile("(?i)\\b(?:has|have|holds?|contains?|consists|free|available"
            + "|capacity|left|remaining|only|other|another|distance|fit|fits|fitting|room|enough)\\b");
    /** "the GPUs sit on", "GPU-0 is attached to", "the VFs are on": where a device lives, not where a pod went. */
    private static final Pattern DEVICE_HOME = Pattern.compile("(?i)\\b(?:GPUs?|devices?|NICs?|VFs?|[A-Z]{2,5}-[0-9a-z][\\w-]*)\\)?"
            + ",?\\s+(?:which\\s+|that\\s+)?(?:\\w+\\s+)?(?:is|are|sits?|hangs?|lives?|attached|belongs?|local)\\b[^,]*$");
    private static final Pattern NODE_AS_SUBJECT = Pattern.compile("(?i)\\s*[=:]|(?:'s)?\\s+(?:now\\s+|still\\s+|only\\s+|then\\s+)?"
            + "(?:gets|has|have|holds|is|are|was|were|stays|keeps|remains|contains|spans|covers"
            + "|consists|offers|lacks|cannot|can't)\\b");
    /** Headings of advice: what follows is what the user could do, not what happened. */
    private static final Pattern ADVICE = Pattern.compile("(?i)\\b(?:options?|alternatives?|fix|fixes|fixing|how\\s+to"
            + "|what\\s+(?:to|you\\s+can)\\s+do|workarounds?|recommendations?|suggestions?|next\\s+steps|if\\s+you|to\\s+get"
            + "|want|instead|tuning|improv\\w+)\\b");
    private static final Pattern IMPERATIVE = Pattern.compile("(?i)(?:fix:\\s*)?(?:use|switch|set|add|move|ask|give|increase|reduce"
            + "|change|try|consider|enable|disable|split|request|make|keep|avoid|drop|raise|lower|pre-allocate|reserve|deploy"
            + "|label|cordon|upgrade|accept|shrink|scale|resize|remove|pin|bump|put)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\s*(?:which|that|where)\\b");
    private static final Pattern EVERY_CONTAINER = Pattern.compile("(?i)\\b(?:both|all|every|each)\\s+(?:of\\s+(?:its|the)\\s+)?"
            + "(?:\\w+\\s+)?containers?\\b");
    /** "Rejected, TopologyAffinityError." or "Admitted." opening a sentence: a verdict on the pod in focus. */
    private static final Pattern HEADLINE = Pattern.compile("(?i)(?:yes|no)?[,.]?\\s*(?:admitted|rejected|accepted|refused)\\b"
            + "(?=\\s*[.,:;!—–(-]|\\s*$|\\s+(?:with|on|but|and|by|at|because)\\b)");
    private static final Pattern PLACEMENT = Pattern.compile("(?i)\\b(?:align\\w*|pinn?\\w*|plac\\w*|land\\w*|run\\w*"
            + "|allocat\\w*|assign\\w*|admit\\w*|gets?|got|put|served|bound|uses?|using|memory|cpus?|gpus?|cpuset"
            + "|sits?|lives?|takes?|took|comes?|came|from|picked|chose|selected|spread|split|spans?|spanning|set\\s+aside"
            + "|ends?\\s+up|goes|went)\\b");
    /** The resource a NUMA mention is about, said last before it: "memory … from NUMA node 0". */
    private static final Pattern RESOURCE = Pattern.compile("(?i)\\b(?:(memory|hugepages|\\d+\\s*(?:Gi|GiB|Mi|MiB|GB)|heap)|(cpus?|cpuset|cores?)"
            + "|(gpus?|devices?|nics?|[A-Z]{2,5}-\\d+))\\b|\\b(all|both|everything|each|every|together|whole)\\b");
    private static final Pattern DEVICE = DeviceIds.ID;
    private static final Pattern DEVICE_FACT = Pattern.compile("(?i)\\b(?:free|available|other|another|remaining"
            + "|left|unused|idle)\\b");
    /** "GPU-0 is on NUMA node 1", "GPU-1 (which sits on …)": a fact of the node, not an assignment. */
    private static final Pattern DEVICE_IS = Pattern.compile("(?i)^\\s*[(,]?\\s*(?:which\\s+)?(?:is|are|sits|hangs"
            + "|lives|belongs|attached)\\b(?!\\s+(?:assigned|allocated|given|bound|used))");
    private static final Pattern ASSIGNED = Pattern.compile("(?i)\\b(?:gets?|got|assign\\w*|allocat\\w*|receiv\\w*"
            + "|uses?|using|bound|takes?|took|with|given|gives|admitted|picks?|picked|chooses|chose|selects?|selected"
            + "|hands?|handed)\\b");
    /** "GPU-0 and GPU-1 are both attached to NUMA node 1", "GPU-0 (NUMA 1)": where the node's devices sit. */
    private static final Pattern DEVICE_AT = Pattern.compile("(?i)\\b((?:GPU|NIC|DEV|VF|MIG)-[0-9a-z][\\w-]*(?:\\s*(?:,|and|&)\\s*"
            + "(?:GPU|NIC|DEV|VF|MIG)-[0-9a-z][\\w-]*)*)\\)?\\s*(?:,\\s*)?(?:which\\s+)?(?:\\(\\s*|(?:which\\s+)?(?:is|are)\\s+(?:both\\s+|all\\s+)?"
            + "(?:attached\\s+to|on|local\\s+to|behind|under|off)\\s+|(?:both\\s+|all\\s+)?(?:sits?|hangs?|lives?)\\s+"
            + "(?:on|off|under)\\s+|(?:both\\s+|all\\s+)?(?:attached\\s+to)\\s+)(?:the\\s+)?NUMA\\s*(?:node\\s*)?(\\d{1,2})\\b");
    /** The merged hint, under pod scope "the pod hint", or what the Topology Manager "picked". */
    private static final Pattern MERGED = Pattern.compile("(?i)(?<!\\b(?:a|an|any|every|each|no)\\s)\\b(?:(?:merged|pod|pod-level"
            + "|final|resulting|combined)\\s+(?:topology\\s+|affinity\\s+)?hint\\b|(?:picks?|picked|chooses|chose|selects?"
            + "|selected|settled\\s+on|settles\\s+on)(?=\\s+(?:NUMA|[\\[{]))|merge\\s+(?:ends|ended|comes|came|settles|lands)"
            + "(?:\\s+(?:up|out))?\\s+(?:at|on|as|with)?(?=\\s*(?:NUMA|[\\[{]))|(?<=merg\\w{1,3}\\b.{0,200})\\bresult\\s+is"
            + "(?=\\s*(?:NUMA|[\\[{])))([^.;]*)");
    /** "It never got a merged topology hint": the claim that there is none. */
    private static final Pattern NO_MERGED = Pattern.compile("(?i)\\b(?:never\\s+(?:got|gets|reached)|has\\s+no|had\\s+no"
            + "|got\\s+no|without)\\s+(?:a\\s+)?merged\\s+(?:topology\\s+)?hint\\b");
    /** "their memory isn't pinned", "memory is pinned to": whether the Memory Manager pinned it at all. */
    private static final Pattern MEMORY_PINNED = Pattern.compile("(?i)\\bmemory\\s+(?:is\\s+|was\\s+|isn't\\s+|is\\s+not\\s+"
            + "|wasn't\\s+|stays\\s+)?(?:still\\s+)?(un)?pinned\\b(?!\\s+to\\s+(?:NUMA|node))|\\bmemory\\s+(?:isn't|is\\s+not"
            + "|wasn't|was\\s+not)\\s+pinned\\b");

    private ClaimExtractor() {
    }

    /** What a pod needs or asks for, said just before a claim ("since it requests 20 CPUs, gets …" is no intent for "gets"). */
    static boolean intentBefore(String text, int index) {
        String head = text.substring(0, index);
        int cut = Math.max(head.lastIndexOf(','), Math.max(head.lastIndexOf('('), head.lastIndexOf(';')));
        return INTENT.matcher(head.substring(cut + 1)).find();
    }

    /** {@code pods}: pod names; {@code containers}: container name → its pod (names of one pod win). */
    public static List<Claim> extract(String prose, List<String> pods, Map<String, String> containers) {
        return extract(prose, pods, containers, false);
    }

    /**
     * With {@code anySubject}, every clause is read as about some pod, named or not: for a kubelet
     * that never starts, any admission or rejection reason is wrong whoever it is said of.
     */
    public static List<Claim> extract(String prose, List<String> pods, Map<String, String> containers, boolean anySubject) {
        ResultNames names = new ResultNames(pods, containers);
        Reading r = new Reading(names);
        r.anySubject = anySubject;
        r.current = pods.size() == 1 ? new ResultNames.Subject(pods.get(0), null) : null;
        for (AnswerLayout.Statement s : AnswerLayout.read(prose, names)) {
            ResultNames.Subject subject = s.subject() == null ? null : names.subject(s.subject());
            if (s.section()) {
                r.section = subject;
                r.current = subject != null ? subject : r.current;
                r.advice = ADVICE.matcher(s.text()).find();
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

    /** The state of one answer's reading: the pod in focus and a question waiting for its yes or no. */
    private static final class Reading {
        final ResultNames names;
        final List<Claim> out = new ArrayList<>();
        ResultNames.Subject current;
        ResultNames.Subject section;
        Claim asked;
        boolean anySubject;
        boolean advice;
        /** Who the paragraph has named so far: the other readings of a pronoun. */
        final java.util.LinkedHashSet<ResultNames.Subject> recent = new java.util.LinkedHashSet<>();

        Reading(ResultNames names) {
            this.names = names;
        }

        void prose(String text, boolean structured) {
            if (text.isBlank()) {
                asked = null;
                recent.clear();
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
                List<ResultNames.Mention> mentions = names.mentions(s);
                if (IMPERATIVE.matcher(s).lookingAt()) {
                    continue; // "Use best-effort: the pod would then be admitted" is advice
                }
                if (QUESTION.matcher(s).find()) {
                    asked = question(s, mentions);
                    focus(mentions);
                    continue;
                }
                Matcher hypothetical = HYPOTHETICAL.matcher(s);
                if (hypothetical.find()) {
                    // What follows "if", "unless", "could have" is no claim; what comes before it still is.
                    focus(mentions);
                    s = withoutHypothetical(s, hypothetical.start());
                    if (s.isEmpty()) {
                        continue;
                    }
                    mentions = names.mentions(s);
                }
                s = withoutCounterfactuals(s);
                mentions = names.mentions(s);
                ResultNames.Subject before = current;
                if (HEADLINE.matcher(s).lookingAt() && before != null) {
                    s = before.pod() + " is " + s; // "Rejected, TopologyAffinityError." heads an answer about the pod in focus
                    mentions = names.mentions(s);
                }
                int from = out.size();
                boolean named = structured || anySubject;
                for (String clause : CLAUSE.split(s)) {
                    clause(clause, named);
                    // "duckdb's 8 CPUs too: four on NUMA 0 and four on NUMA 1": the sentence's subject carries on
                    named |= !names.mentions(clause).isEmpty() || SUBJECT.matcher(clause).find();
                    if (current == before && !names.mentions(clause).isEmpty()) {
                        current = pronoun(mentions); // the sentence's subject, for its pronouns
                    }
                }
                current = before;
                unite(from);
                ResultNames.Subject last = subjectOr(mentions, s.length());
                merged(s, last == null ? null : last.pod(), out);
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

        /** "a further DPDK pod will be rejected": said of a pod in general, after the last name. */
        private static boolean generic(String clause, int index, List<ResultNames.Mention> mentions) {
            int from = 0;
            for (ResultNames.Mention m : mentions) {
                if (m.start() < index) {
                    from = m.start();
                }
            }
            return GENERIC_POD.matcher(clause.substring(from, index)).find();
        }

        /** "Will trader be admitted?", "Does it get rejected?": the claim a following "No." negates. */
        private Claim question(String s, List<ResultNames.Mention> mentions) {
            Matcher m = VERDICT.matcher(s);
            if (!m.find() || mentions.size() > 1 || HYPOTHETICAL.matcher(s).find()) {
                return null;
            }
            ResultNames.Subject who = mentions.isEmpty() ? current : mentions.get(0).subject();
            if (who == null && !SUBJECT.matcher(s).find()) {
                return null;
            }
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean rejectWord = word.startsWith("reject") || word.startsWith("fail") || word.equals("refused");
            boolean rejected = rejectWord != NEGATION.matcher(s.substring(0, m.start())).find();
            return new Claim(rejected ? Claim.Kind.REJECTED : Claim.Kind.ADMITTED, who == null ? null : who.pod(),
                    "", false, s);
        }

        private void clause(String clause, boolean structured) {
            List<ResultNames.Mention> mentions = names.mentions(clause);
            boolean aboutPod = structured || !mentions.isEmpty() || SUBJECT.matcher(clause).find();
            if (POLICY_COMPARISON.matcher(clause).find()) {
                return;
            }
            if (ALL_PODS.matcher(clause).find() && (mentions.isEmpty() || mentions.size() == names.pods().size())) {
                for (String pod : names.pods()) {
                    verdicts(clause, true, new ResultNames.Subject(pod, null), List.of());
                }
            } else {
                verdicts(clause, aboutPod, current, mentions);
            }
            numa(clause, aboutPod, mentions);
            devices(clause, aboutPod, structured, mentions);
            exclusive(clause, aboutPod, mentions);
            pinnedOrNot(clause, aboutPod, mentions);
        }

        /** "their memory isn't pinned to any NUMA node", "it never got a merged hint": claims that something is absent. */
        private void pinnedOrNot(String clause, boolean aboutPod, List<ResultNames.Mention> mentions) {
            if (!aboutPod) {
                return;
            }
            Matcher pinned = MEMORY_PINNED.matcher(clause);
            if (pinned.find() && !generic(clause, pinned.start(), mentions) && !intentBefore(clause, pinned.start())) {
                boolean not = pinned.group(1) != null || pinned.group().matches("(?is).*(?:n't|not).*")
                        || NEGATION.matcher(clause.substring(0, pinned.start())).find();
                out.add(ResultNames.claim(subjectOr(mentions, pinned.start()), Claim.Kind.MEMORY_PINNED, "",
                        String.valueOf(!not), false, clause));
            }
            Matcher none = NO_MERGED.matcher(clause);
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
            if (m.find()) {
                if (generic(clause, m.start(), mentions)) {
                    return;
                }
                ResultNames.Subject who = ResultNames.before(mentions, m.start());
                if (who == null) {
                    who = mentions.isEmpty() ? fallback : mentions.get(0).subject();
                }
                String word = m.group().toLowerCase(Locale.ROOT);
                boolean rejectWord = word.startsWith("reject") || word.startsWith("fail") || word.equals("refused")
                        || word.startsWith("admission failure");
                rejectWord |= word.matches("(?s)(?:won't|will\\s+not|doesn't|does\\s+not|can't|cannot|never).*");
                boolean rejected = rejectWord != NEGATION.matcher(clause.substring(0, m.start())).find();
                // "restricted admits it": the Topology Manager's part only; a later step may still reject the pod
                String by = !rejected && MANAGER_SUBJECT.matcher(clause.substring(0, m.start())).find() ? "topology" : "";
                out.add(ResultNames.claim(who, rejected ? Claim.Kind.REJECTED : Claim.Kind.ADMITTED, "", by, false, clause));
                reason(clause, rejected, who);
                return;
            }
            Matcher reason = REASON.matcher(clause);
            if (reason.find() && !NEGATION.matcher(clause.substring(0, reason.start())).find()
                    && !AVOIDED.matcher(clause.substring(reason.end())).lookingAt()) {
                ResultNames.Subject who = ResultNames.before(mentions, reason.start());
                who = who != null ? who : fallback;
                // "It hits a TopologyAffinityError" is a rejection with its reason.
                out.add(ResultNames.claim(who, Claim.Kind.REJECTED, "", "", false, clause));
                reason(clause, true, who);
            }
        }

        private void reason(String clause, boolean rejected, ResultNames.Subject who) {
            Matcher reason = REASON.matcher(clause);
            if (rejected && reason.find() && !NEGATION.matcher(clause.substring(0, reason.start())).find()) {
                out.add(ResultNames.claim(who, Claim.Kind.REASON, "", reason.group(1), false, clause));
            }
        }

        private void numa(String clause, boolean aboutPod, List<ResultNames.Mention> mentions) {
            // "…, which is on NUMA 1": a relative clause about the thing just named (a GPU, CPUs), not the pod
            if (!aboutPod || !PLACEMENT.matcher(clause).find() || RELATIVE.matcher(clause).lookingAt()) {
                return;
            }
            Matcher m = NUMA.matcher(clause);
            while (m.find()) {
                String head = clause.substring(0, m.start());
                if (NEGATION.matcher(head).find()) {
                    return; // "not on NUMA node 0" says where it is not; checked no further
                }
                if (nodeFact(head, clause.substring(m.end())) || intentBefore(clause, m.start())
                        || generic(clause, m.start(), mentions)) {
                    continue;
                }
                ResultNames.Subject who = subjectOr(mentions, m.start());
                boolean every = EVERY_CONTAINER.matcher(head).find() && who != null;
                String ids = m.group(1) == null ? "both" : FieldClaims.ids(m.group(1));
                out.add(every ? new Claim(Claim.Kind.NUMA, who.pod(), "*", resource(head), ids, false,
                        clause) : ResultNames.claim(who, Claim.Kind.NUMA, resource(head), ids, false, clause));
            }
        }

        /**
         * A NUMA mention that states a fact of the node, not where the pod went: the node as subject
         * ("NUMA 0 gets nothing", "NUMA 1 has 4 CPUs left"), a device's home ("the GPUs sit on NUMA
         * 1"), or what is free, per node or elsewhere, said just before it.
         */
        private static boolean nodeFact(String head, String tail) {
            String near = head.substring(Math.max(0, head.length() - 40));
            int cut = Math.max(near.lastIndexOf(','), near.lastIndexOf('('));
            return NODE_AS_SUBJECT.matcher(tail).lookingAt() || NUMA_FACT.matcher(near.substring(cut + 1)).find()
                    || DEVICE_HOME.matcher(near).find();
        }

        /** {@code listed}: the clause is what a labelled line gives its pod ("- writer: NIC-0"), no verb needed. */
        private void devices(String clause, boolean aboutPod, boolean listed, List<ResultNames.Mention> mentions) {
            if (!aboutPod || !listed && !ASSIGNED.matcher(clause).find() || DEVICE_FACT.matcher(clause).find()) {
                return;
            }
            Matcher m = DEVICE.matcher(clause);
            while (m.find()) {
                boolean fact = DEVICE_IS.matcher(clause.substring(m.end())).find() || intentBefore(clause, m.start());
                if (!fact && !NEGATION.matcher(clause.substring(0, m.start())).find()) {
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
            if (!m.find() || !PLACEMENT.matcher(clause).find() || intentBefore(clause, m.start())) {
                return;
            }
            boolean negated = NEGATION.matcher(clause.substring(0, m.start())).find();
            boolean exclusive = (m.group(1) != null) != negated;
            ResultNames.Subject who = subjectOr(mentions, m.start());
            out.add(ResultNames.claim(who, Claim.Kind.EXCLUSIVE, "", String.valueOf(exclusive), false, clause));
        }

        private void deviceFacts(String sentence) {
            Matcher m = DEVICE_AT.matcher(sentence);
            while (m.find()) {
                if (NEGATION.matcher(sentence.substring(0, m.start(2))).find()) {
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

    /**
     * The sentence without the clause holding a hypothetical: from the boundary before it ("…, because
     * memory could have come from either node") to the next semicolon ("…; here it is admitted" stays).
     */
    private static String withoutHypothetical(String s, int at) {
        int from = Math.max(Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at)), Math.max(s.lastIndexOf(':', at),
                s.lastIndexOf('—', at)));
        int to = s.indexOf(';', at);
        String kept = (from < 0 ? "" : s.substring(0, from)) + (to < 0 ? "" : "; " + s.substring(to + 1).strip());
        return kept.strip();
    }

    /** The sentence without its counterfactual clauses ("The CPU Manager would have preferred NUMA 0, while …"). */
    private static String withoutCounterfactuals(String s) {
        Matcher m = COUNTERFACTUAL.matcher(s);
        while (m.find()) {
            int from = Math.max(Math.max(s.lastIndexOf(',', m.start()), s.lastIndexOf(';', m.start())), s.lastIndexOf(':', m.start()));
            int comma = s.indexOf(',', m.end());
            int semi = s.indexOf(';', m.end());
            int to = comma < 0 ? semi : semi < 0 ? comma : Math.min(comma, semi);
            s = (from < 0 ? "" : s.substring(0, from + 1)) + (to < 0 ? "" : s.substring(to + 1));
            m = COUNTERFACTUAL.matcher(s);
        }
        return s.strip();
    }

    /** "cpu", "memory" or "device" when a NUMA mention follows that resource's word; else any of them. */
    private static String resource(String before) {
        Matcher m = RESOURCE.matcher(before);
        String out = "";
        while (m.find()) {
            out = m.group(1) != null ? "memory" : m.group(2) != null ? "cpu" : m.group(3) != null ? "device" : "";
        }
        return out;
    }

    static int indexOfName(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text);
        return m.find() ? m.start() : -1;
    }

    static void merged(String clause, String pod, List<Claim> out) {
        Matcher m = MERGED.matcher(clause);
        if (!m.find()) {
            return;
        }
        String rest = m.group(1);
        TreeSet<Integer> ids = new TreeSet<>();
        Matcher numa = Pattern.compile("(?i)(?:NUMA(?:\\s+nodes?)?\\s*|node\\s*|[\\[{]\\s*)(\\d+(?:\\s*(?:,|and)\\s*\\d+)*)")
                .matcher(rest);
        if (numa.find()) {
            Matcher n = Pattern.compile("\\d+").matcher(numa.group(1));
            while (n.find()) {
                ids.add(Integer.parseInt(n.group()));
            }
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean any = ids.isEmpty() && lower.matches("(?s)^\\W*(?:is\\s+|was\\s+|:\\s*)?\\W*any\\b.*");
        // "Neither merged hint is preferred", "no merged hint is preferred": the negation comes first.
        boolean negatedBefore = NEGATION.matcher(clause.substring(0, m.start())).find();
        boolean not = lower.matches("(?s).*(?:\\b(?:not|never)\\s+(?:\\w+\\s+)?preferred|n['’]t\\s+(?:\\w+\\s+)?preferred"
                + "|non-preferred|unpreferred|preferred\\s*(?:=|:|is)?\\s*(?:false|no)\\b).*");
        String preferred = !lower.contains("preferred") ? "" : not != negatedBefore ? "not preferred" : "preferred";
        if (any || !ids.isEmpty() || !preferred.isEmpty()) {
            out.add(new Claim(Claim.Kind.MERGED_HINT, pod, (any ? "any" : ids.isEmpty() ? "?" : "[" + FieldClaims.ids(
                    ids.toString()) + "]") + (preferred.isEmpty() ? "" : " " + preferred), false, clause));
        }
    }
}
