package dev.numaadvisor.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of an answer's prose, sentence by sentence, clause by clause: which pod a
 * clause is about (a pod or container name, or "it"/"the pod" after one was named), its verdict
 * with negation ("will not be rejected" is an admission), the kubelet reason, NUMA nodes, CPU ids
 * (ranges, lists, "and", single ids), device ids and the merged hint. Hypotheticals ("if …",
 * "unless …") and general statements with no pod as subject make no claim. Pure: text in, claims out.
 */
public final class ClaimExtractor {
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern CLAUSE = Pattern.compile("\\s*(?:;|:\\s|,?\\s+but\\s+|,?\\s+while\\s+|,?\\s+whereas\\s+"
            + "|,?\\s+and\\s+(?=\\S+\\s+(?:is|was|will|would|gets|got|runs|keeps)\\b)|,\\s+so\\s+"
            + "|,\\s+(?=\\S+\\s+(?:is|was|will|would)\\s))\\s*");
    /** What a pod would need or asks for is no claim about what it got. */
    static final Pattern INTENT = Pattern.compile("(?i)\\b(?:would|could|need|needs|asks?|asking|wants?"
            + "|requires?|requests?|requested)\\b");
    // "fit" is no verdict: a pod that does not fit on one NUMA node may still be admitted across two.
    private static final Pattern VERDICT = Pattern.compile("(?i)\\b(?:rejected|rejects?|rejection|refused"
            + "|fails?\\s+(?:admission|to\\s+be\\s+admitted)|failed\\s+admission|admitted|admits?|accepted)\\b");
    /** "would be rejected under restricted": a statement about another policy, not this result. */
    private static final Pattern POLICY_COMPARISON = Pattern.compile("(?i)\\b(?:would|could|might)\\b.*\\b(?:under|with)"
            + "\\s+(?:the\\s+)?(?:restricted|best-effort|none|single-numa-node|static)\\b");
    static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever|\\bno\\s+longer|\\bwithout"
            + "|\\bneither|\\bnor|\\bcannot|\\bno)\\s+(?:\\w+\\s+){0,3}$");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:if|unless|otherwise|whether|suppose"
            + "|were\\s+you|had\\s+you|instead\\s+of|rather\\s+than|under\\s+(?:the\\s+)?(?:restricted|best-effort|none"
            + "|single-numa-node)\\s+(?:policy|instead))\\b|\\?$");
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\b(?:it|it's|its|the\\s+pod|this\\s+pod|your\\s+pod"
            + "|that\\s+pod|the\\s+container|its\\s+container|the\\s+workload)\\b");
    private static final Pattern REASON = Pattern.compile("\\b(TopologyAffinityError|UnexpectedAdmissionError"
            + "|SMTAlignmentError|OutOf[a-z][\\w./-]*|InsufficientResources?)\\b");
    private static final Pattern NUMA = Pattern.compile("(?i)\\bNUMA(?:\\s+(?:node|nodes|zone|zones))?\\s*#?"
            + "(\\d{1,2}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*|\\s*\\+\\s*)"
            + "(?:NUMA(?:\\s+nodes?)?\\s*)?\\d{1,2})*)(?![\\w%-]|\\.\\d)");
    private static final Pattern NUMA_FACT = Pattern.compile("(?i)\\b(?:has|have|holds?|contains?|spans?|covers?"
            + "|consists|free|available|capacity|left|remaining|only|attached|hangs?|sits?|lives?|is\\s+local"
            + "|belongs?|local\\s+to|each|per|every|other|another|distance)\\b"
            + "|\\b(?:GPU|GPUs|device|devices|NIC|NICs)\\s+(?:is|are)\\b");
    private static final Pattern PLACEMENT = Pattern.compile("(?i)\\b(?:align\\w*|pinn?\\w*|plac\\w*|land\\w*|run\\w*"
            + "|allocat\\w*|assign\\w*|admit\\w*|gets?|got|put|served|bound|uses?|using|memory|cpus?|gpus?)\\b");
    private static final Pattern DEVICE = Pattern.compile("\\b((?:GPU|NIC|DEV)-\\d+)\\b");
    private static final Pattern DEVICE_FACT = Pattern.compile("(?i)\\b(?:free|available|other|another|remaining"
            + "|left|unused|idle)\\b");
    /** "GPU-0 is on NUMA node 1", "GPU-1 (which sits on …)": a fact of the node, not an assignment. */
    private static final Pattern DEVICE_IS = Pattern.compile("(?i)^\\s*[(,]?\\s*(?:which\\s+)?(?:is|are|sits|hangs"
            + "|lives|belongs|attached)\\b(?!\\s+(?:assigned|allocated|given|bound|used))");
    private static final Pattern ASSIGNED = Pattern.compile("(?i)\\b(?:gets?|got|assign\\w*|allocat\\w*|receiv\\w*"
            + "|uses?|using|bound|takes?|took|with|given|admitted)\\b");
    private static final Pattern MERGED = Pattern.compile("(?i)\\bmerged\\s+(?:topology\\s+)?hint\\b([^.;]*)");

    private ClaimExtractor() {
    }

    /** {@code pods}: pod names; {@code containers}: container name → its pod (names of one pod win). */
    public static List<Claim> extract(String prose, List<String> pods, java.util.Map<String, String> containers) {
        List<Claim> out = new ArrayList<>();
        String current = pods.size() == 1 ? pods.get(0) : null;
        for (String sentence : SENTENCE.split(prose)) {
            String s = sentence.replaceAll("[*_`]", "").strip();
            if (s.isEmpty() || HYPOTHETICAL.matcher(s).find()) {
                continue;
            }
            for (String clause : CLAUSE.split(s)) {
                String named = firstName(clause, pods, containers);
                if (named != null) {
                    current = named;
                }
                boolean aboutPod = named != null || SUBJECT.matcher(clause).find();
                String pod = named != null ? named : current;
                List<String> all = allNames(clause, pods);
                if (all.size() > 1 && PLURAL.matcher(clause).find()) {
                    all.forEach(p -> verdicts(clause, true, p, out));
                } else {
                    verdicts(clause, aboutPod, pod, out);
                }
                boolean intent = INTENT.matcher(clause).find();
                if (!intent) {
                    numa(clause, aboutPod, pod, out);
                    devices(clause, aboutPod, pod, out);
                }
            }
            // Read per sentence: "Merged hint: [1] preferred" spans what clauses split.
            merged(s, firstName(s, pods, containers) != null ? firstName(s, pods, containers) : current, out);
            CpuClaims.read(s, pods, containers, current, out);
        }
        return out;
    }

    static String firstName(String text, List<String> pods, java.util.Map<String, String> containers) {
        int best = Integer.MAX_VALUE;
        String pod = null;
        for (String p : pods) {
            int i = indexOfName(text, p);
            if (i >= 0 && i < best) {
                best = i;
                pod = p;
            }
        }
        for (java.util.Map.Entry<String, String> c : containers.entrySet()) {
            int i = indexOfName(text, c.getKey());
            if (i >= 0 && i < best) {
                best = i;
                pod = c.getValue();
            }
        }
        return pod;
    }

    private static final Pattern PLURAL = Pattern.compile("(?i)\\b(?:are|were|both|all)\\b");

    private static List<String> allNames(String text, List<String> pods) {
        return pods.stream().filter(p -> indexOfName(text, p) >= 0).toList();
    }

    static int indexOfName(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static void verdicts(String clause, boolean aboutPod, String pod, List<Claim> out) {
        if (!aboutPod || POLICY_COMPARISON.matcher(clause).find()) {
            return;
        }
        Matcher m = VERDICT.matcher(clause);
        if (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean rejectWord = word.startsWith("reject") || word.startsWith("fail") || word.equals("refused");
            boolean rejected = rejectWord != NEGATION.matcher(clause.substring(0, m.start())).find();
            out.add(new Claim(rejected ? Claim.Kind.REJECTED : Claim.Kind.ADMITTED, pod, "", false, clause));
            reason(clause, rejected, pod, out);
            return;
        }
        Matcher reason = REASON.matcher(clause);
        if (reason.find() && !NEGATION.matcher(clause.substring(0, reason.start())).find()) {
            // "It hits a TopologyAffinityError" is a rejection with its reason.
            out.add(new Claim(Claim.Kind.REJECTED, pod, "", false, clause));
            reason(clause, true, pod, out);
        }
    }

    private static void reason(String clause, boolean rejected, String pod, List<Claim> out) {
        Matcher reason = REASON.matcher(clause);
        if (rejected && reason.find() && !NEGATION.matcher(clause.substring(0, reason.start())).find()) {
            out.add(new Claim(Claim.Kind.REASON, pod, reason.group(1), false, clause));
        }
    }

    private static void numa(String clause, boolean aboutPod, String pod, List<Claim> out) {
        if (!aboutPod || NUMA_FACT.matcher(clause).find() || !PLACEMENT.matcher(clause).find()) {
            return;
        }
        Matcher m = NUMA.matcher(clause);
        TreeSet<Integer> ids = new TreeSet<>();
        while (m.find()) {
            if (NEGATION.matcher(clause.substring(0, m.start())).find()) {
                return; // "not on NUMA node 0" says where it is not; checked no further
            }
            Matcher n = Pattern.compile("\\d+").matcher(m.group(1));
            while (n.find()) {
                ids.add(Integer.parseInt(n.group()));
            }
        }
        if (!ids.isEmpty()) {
            out.add(new Claim(Claim.Kind.NUMA, pod, join(ids), false, clause));
        }
    }

    private static void devices(String clause, boolean aboutPod, String pod, List<Claim> out) {
        if (!aboutPod || !ASSIGNED.matcher(clause).find() || DEVICE_FACT.matcher(clause).find()) {
            return;
        }
        Matcher m = DEVICE.matcher(clause);
        while (m.find()) {
            boolean fact = DEVICE_IS.matcher(clause.substring(m.end())).find();
            if (!fact && !NEGATION.matcher(clause.substring(0, m.start())).find()) {
                out.add(new Claim(Claim.Kind.DEVICE, pod, m.group(1), false, clause));
            }
        }
    }

    private static void merged(String clause, String pod, List<Claim> out) {
        Matcher m = MERGED.matcher(clause);
        if (!m.find()) {
            return;
        }
        String rest = m.group(1);
        TreeSet<Integer> ids = new TreeSet<>();
        Matcher numa = Pattern.compile("(?i)(?:NUMA(?:\\s+nodes?)?\\s*|[\\[{]\\s*)(\\d+(?:\\s*(?:,|and)\\s*\\d+)*)")
                .matcher(rest);
        if (numa.find()) {
            Matcher n = Pattern.compile("\\d+").matcher(numa.group(1));
            while (n.find()) {
                ids.add(Integer.parseInt(n.group()));
            }
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        String preferred = lower.matches("(?s).*\\b(?:not\\s+preferred|non-preferred|unpreferred).*") ? "not preferred"
                : lower.contains("preferred") ? "preferred" : "";
        if (!ids.isEmpty() || !preferred.isEmpty()) {
            out.add(new Claim(Claim.Kind.MERGED_HINT, pod, (ids.isEmpty() ? "?" : "[" + join(ids) + "]")
                    + (preferred.isEmpty() ? "" : " " + preferred), false, clause));
        }
    }

    private static String join(TreeSet<Integer> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
