package dev.numaadvisor.app.check;

import dev.numaadvisor.core.model.CpuSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU-id claims of one sentence: "CPUs 24-27 and 72-75", "CPU 3 and CPU 5", "CPUs 3, 5 and 7",
 * "24 to 27", "cores 24–27 plus their HT siblings 72–75" (one set: the cores' CPUs and their
 * siblings), each attributed to the pod or container named last before it, else the one in focus.
 * Reservations, the shared pool, topology facts, negations and intent make no claim.
 */
final class CpuClaims {
    // "1–2/65–66": a slash joins ids, but "8 CPU / 16Gi" is no list (a word follows the slash)
    private static final String ITEM = "\\d{1,5}(?:\\s*(?:-|–|to|through)\\s*\\d{1,5})?(?![\\w%]|/(?!\\d)|\\.\\d)";
    private static final String JOIN = "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*\\+\\s*|/(?=\\d))(?:(?:logical\\s+)?CPUs?\\s*)?)";
    /** "plus their HT siblings", "(and their hyperthread siblings": the rest of the same set. */
    private static final String SIBLINGS = "(?:\\s*,?\\s*\\(?\\s*(?:plus|\\+|and|with)\\s+(?:their|its|the)?\\s*"
            + "(?:(?:HT\\s+|SMT\\s+|hyper-?thread(?:ed)?\\s+|thread\\s+)?siblings?|hyper-?threads|HTs|SMT\\s+threads)\\s*(?:CPUs?\\s*)?)";
    private static final Pattern CPUS = Pattern.compile("(?i)\\b(?:(?:logical\\s+)?(?:CPUs?|cpuset|cpu\\s*ids?)"
            + "\\s*(?:ids?\\s*)?(?:(?:on|from|in)\\s+(?:the\\s+)?(?:socket|NUMA(?:\\s+node)?)\\s*\\d+\\s*(?=[:=]))?[:=,]?\\s*(?:(?:are|were|is)\\s+)?[\\[{(]?\\s*(" + ITEM + "(?:" + JOIN + ITEM + ")*"
            + "(?:" + SIBLINGS + ITEM + "(?:" + JOIN + ITEM + ")*)?)"
            + "|cores?\\s+(" + ITEM + "(?:" + JOIN + ITEM + ")*" + SIBLINGS + ITEM + "(?:" + JOIN + ITEM + ")*))"
            + "(?!\\s*(?:whole|full|physical|logical|exclusive)?\\s*(?:cores?|CPUs?|threads?|GPUs?|x)\\b)");
    /** "NUMA 0 = CPUs 0–9 and 20–29", "NUMA 1 has CPUs …": the node's own CPUs, listed as a fact. */
    private static final Pattern NODE_LISTING = Pattern.compile("(?i)\\bNUMA\\s*(?:node\\s*)?\\d+\\s*(?:[=:]|has|is|are|covers"
            + "|holds|contains|spans|consists\\s+of|owns|includes|=\\s*CPUs)\\s*$");
    private static final Pattern CPU_TOPOLOGY = Pattern.compile("(?i)\\b(?:core\\s+\\d|socket\\s+\\d+\\s+(?:has|holds|contains|spans|covers|is|owns)|(?:of|per)\\s+socket|sockets"
            + "|NUMA\\s+node\\s+\\d+\\s+(?:has|holds|contains|spans|covers|is)"
            + "|has\\s+CPUs|machine|node\\s+has|in\\s+total|range|numbered)\\b"
            + "|(?i)\\bNUMA\\s+(?:node\\s+)?\\d+(?:'s)?\\s+(?:logical\\s+)?CPUs\\b");
    /** "siblings 72-75" alone, "threads 0 and 48": topology facts unless they continue a claimed set. */
    private static final Pattern SIBLING_FACT = Pattern.compile("(?i)\\b(?:siblings?|hyperthreads?|threads?)\\b");
    private static final Pattern RESERVED = Pattern.compile("(?i)\\b(?:reserv\\w*|system|kube-reserved|housekeeping"
            + "|os|shared|default\\s+(?:pool|cpuset|set)|pool|best-effort\\s+pods|other\\s+pods|burstable)\\b|reserved");
    /** "only 4 free CPUs (46, 47, 94, 95)", "CPUs 46-47 are left": what is spare, not what a pod got. */
    private static final Pattern SPARE_BEFORE = Pattern.compile("(?i)\\b(?:free|left|remaining|available|unused|idle|spare)\\b");
    private static final Pattern SPARE_AFTER = Pattern.compile("(?i)^\\W{0,3}(?:are\\s+|is\\s+|remain\\s+|stay\\s+)?(?:still\\s+)?"
            + "(?:free|left|unused|available|idle|spare)\\b");
    /** "the shared pool, which at that point is 5-31,37-63": the pool's ids, a claim about a shared-pool pod. */
    private static final Pattern SHARED_POOL = Pattern.compile("(?i)\\bshared\\s+(?:CPU\\s+)?pool\\b(?:[^.;0-9]{0,40}?"
            + "(?:is|are|=|:|of|['’]s))?\\s*[,:—–]?\\s*(?:CPUs?\\s+)?[\\[{(]?\\s*(" + "\\d{1,5}(?:\\s*(?:-|–)\\s*\\d{1,5})?(?:\\s*,\\s*\\d{1,5}(?:\\s*(?:-|–)\\s*\\d{1,5})?)*)");
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\b(?:includ\\w*|among|such\\s+as|e\\.g\\.|for\\s+example"
            + "|first|one\\s+of|part\\s+of|some\\s+of|starting|start\\s+at)\\b");

    /** "…, which sit on NUMA node 1", "(NUMA 1)", "on NUMA 0": where the CPUs just named are. */
    private static final Pattern AT_NUMA = Pattern.compile("(?i)^\\s*,?\\s*(?:\\(\\s*(?:on\\s+|all\\s+on\\s+)?"
            + "|(?:which|that)\\s+(?:are\\s+|all\\s+)?(?:all\\s+)?(?:sit|live|are|lie)\\s+(?:on|in)\\s+|(?:are\\s+)?(?:all\\s+)?"
            + "(?:on|in)\\s+)(?:the\\s+)?NUMA\\s*(?:node\\s*)?#?(\\d{1,2})(?![\\d,]|\\s*(?:and|or|&)\\s*(?:NUMA\\s*)?\\d)");
    /** "fix-engine gets 10–14,30–34", "oms-core → 10-14,30-34", "pricer's CPUs are 9-11": ids after a name. */
    private static final Pattern AFTER_NAME = Pattern.compile("(?i)^(?:['’]s\\s+(?:exclusive\\s+)?(?:CPUs|cpuset|cores)"
            + "\\s*(?:are|is|:|=)?|(?:\\s+container)?\\s*(?:then\\s+)?(?:gets?|got|receives?|received|is\\s+pinned\\s+to"
            + "|pinned\\s+to|ends\\s+up\\s+with|takes(?:\\s+over)?|took(?:\\s+over)?|runs\\s+on|uses|→|->|=>|:))\\s*"
            + "(?:the\\s+)?(?:exclusive\\s+)?(?:(?:fresh|new|its\\s+own|other)\\s+)?(?:cores?\\s*,?\\s*|cpuset\\s+|CPUs?\\s+)?"
            + "[\\[{(]?\\s*("
            + ITEM + "(?:" + JOIN + ITEM + ")*(?:" + SIBLINGS + ITEM + "(?:" + JOIN + ITEM + ")*)?)"
            + "(?!\\s*(?:exclusive\\s+|logical\\s+|full\\s+|dedicated\\s+|whole\\s+)?(?:CPUs?|cores?|threads?|Gi|Mi|GiB|MiB|x|%|of)\\b)");

    private static final Pattern NODE_SET = Pattern.compile("(?i)\\bNUMA\\s*(?:node\\s*)?(\\d{1,2})\\s*(?:=|:|being|covers"
            + "|holds|spans|is|has)\\s*(?:CPUs?\\s*)?(\\d{1,5}\\s*[-–]\\s*\\d{1,5}(?:\\s*(?:,|and|\\+)\\s*\\d{1,5}(?:\\s*[-–]\\s*\\d{1,5})?)*)"
            + "(?![\\w%]|\\s*(?:CPUs?|cores?|threads?|Gi|Mi)\\b)");
    private static final Pattern RANGE_ON_NUMA = Pattern.compile("(?i)(?<![\\w,–-])(\\d{1,5}\\s*[-–]\\s*\\d{1,5})\\s+on\\s+NUMA"
            + "\\s*(?:node\\s*)?(\\d{1,2})\\b");

    private CpuClaims() {
    }

    /** CPU ids are read per sentence: a list such as "CPUs 3, 5 and 7" spans what clauses split. */
    static void read(String sentence, ResultNames names, ResultNames.Subject current, List<Claim> out) {
        Matcher m = CPUS.matcher(sentence);
        List<ResultNames.Mention> mentions = names.mentions(sentence, current);
        while (m.find()) {
            String ids = m.group(1) != null ? m.group(1) : m.group(2);
            String before = sentence.substring(0, m.start());
            at(ids, sentence.substring(m.end()), before, m.group(), out);
            String near = sentence.substring(Math.max(0, m.start() - 40), m.start());
            String around = sentence.substring(Math.max(0, m.start() - 40), Math.min(sentence.length(), m.end() + 25));
            boolean siblingsInSet = m.group().matches("(?is).*siblings?.*");
            if (ClaimExtractor.NEGATION.matcher(before).find() || RESERVED.matcher(around).find()
                    || SPARE_BEFORE.matcher(near).find() || SPARE_AFTER.matcher(sentence.substring(m.end())).find()
                    || ClaimExtractor.INTENT.matcher(near).find() || CPU_TOPOLOGY.matcher(around).find()
                    || !siblingsInSet && SIBLING_FACT.matcher(near).find()) {
                continue; // reservations and topology facts are not the pod's CPUs; config lint covers reservations
            }
            CpuSet set = parse(ids);
            if (set == null) {
                continue;
            }
            ResultNames.Subject who = ResultNames.before(mentions, m.start());
            if (who == null && !mentions.isEmpty()) {
                who = mentions.get(0).subject();
            }
            if (who == null) {
                who = current;
            }
            String listing = NODE_LISTING.matcher(near.replaceAll("(?i)\\s*(?:logical\\s+)?$", "")).find() ? "slice" : "";
            out.add(ResultNames.claim(who, Claim.Kind.CPUS, listing,
                    set.toString(), PARTIAL.matcher(around).find(), m.group()));
        }
        afterNames(sentence, mentions, out);
        nodeSets(sentence, out);
        Matcher pool = SHARED_POOL.matcher(sentence);
        if (pool.find() && !ClaimExtractor.NEGATION.matcher(sentence.substring(0, pool.start())).find()) {
            CpuSet set = parse(pool.group(1));
            // The pool is the node's: a pod named just before ("notebook runs in the shared pool, 5-31") shares it
            ResultNames.Subject who = ResultNames.before(mentions, pool.start());
            if (set != null && !set.isEmpty()) {
                out.add(ResultNames.claim(who, Claim.Kind.CPUS, "", set.toString(), false, pool.group()));
            }
        }
    }

    /**
     * Where CPUs sit, said without a pod: "NUMA 0 = 0–27", "NUMA 0 being CPUs 0–63", "17–21 on NUMA
     * 1". Checked against the topology only.
     */
    private static void nodeSets(String sentence, List<Claim> out) {
        Matcher listed = NODE_SET.matcher(sentence);
        while (listed.find()) {
            CpuSet set = parse(listed.group(2));
            if (set != null && set.size() > 1) {
                out.add(new Claim(Claim.Kind.CPU_AT, null, null, "", set + "@" + listed.group(1), false, listed.group()));
            }
        }
        Matcher range = RANGE_ON_NUMA.matcher(sentence);
        while (range.find()) {
            CpuSet set = parse(range.group(1));
            if (set != null && set.size() > 1 && !ClaimExtractor.NEGATION.matcher(sentence.substring(0, range.start())).find()) {
                out.add(new Claim(Claim.Kind.CPU_AT, null, null, "", set + "@" + range.group(2), false, range.group()));
            }
        }
    }

    /** "CPUs 9-11,33-35, which sit on NUMA node 1": a fact of the node the engine's topology confirms or refutes. */
    private static void at(String ids, String tail, String before, String quote, List<Claim> out) {
        Matcher at = AT_NUMA.matcher(tail);
        CpuSet set = at.find() && !ClaimExtractor.NEGATION.matcher(before).find() ? parse(ids) : null;
        if (set != null && !set.isEmpty()) {
            out.add(new Claim(Claim.Kind.CPU_AT, null, null, "", set + "@" + at.group(1), false, quote + at.group()));
        }
    }

    /** Ids said right after a pod's or container's name, without the word "CPUs" (at least two ids: "gets 8" is a count). */
    private static void afterNames(String sentence, List<ResultNames.Mention> mentions, List<Claim> out) {
        for (ResultNames.Mention n : mentions) {
            String name = n.subject().container() != null && sentence.startsWith(n.subject().container(), n.start())
                    ? n.subject().container() : n.subject().pod();
            String tail = sentence.substring(n.start() + name.length());
            Matcher m = AFTER_NAME.matcher(tail);
            if (!m.find() || !m.group(1).matches("(?s).*(?:[-–,]|\\b(?:and|to|through)\\b).*")) {
                continue;
            }
            CpuSet set = parse(m.group(1));
            if (set != null && set.size() > 1) {
                out.add(new Claim(Claim.Kind.CPUS, n.subject().pod(), n.subject().container(), "", set.toString(), false,
                        name + m.group()));
                at(m.group(1), tail.substring(m.end()), "", name + m.group(), out);
            }
        }
    }

    /** "24-27 and 72-75", "3, 5 and 7", "24 to 27", "CPU 3 and CPU 5" as one set; null if unreadable. */
    static CpuSet parse(String ids) {
        String canonical = ids.replaceAll("(?i)\\(?\\s*(?:plus|\\+|and|with)\\s+(?:their|its|the)?\\s*(?:(?:HT\\s+|SMT\\s+"
                        + "|hyper-?thread(?:ed)?\\s+|thread\\s+)?siblings?|hyper-?threads|HTs|SMT\\s+threads)\\s*(?:CPUs?)?", ",")
                .replaceAll("(?i)(?:logical\\s+)?CPUs?", " ")
                .replaceAll("(?i)\\s*(?:–|\\bto\\b|\\bthrough\\b)\\s*", "-")
                .replaceAll("(?i)\\s*(?:,\\s*and\\b|\\band\\b|&|\\+|,|/)\\s*", ",")
                .replaceAll("[()]", "")
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", "").replaceAll(",+", ",");
        try {
            return CpuSet.parse(canonical.replaceAll("^,|,$", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
