package dev.numaadvisor.app.check;

import dev.numaadvisor.core.model.CpuSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU-id claims of one sentence: "CPUs 24-27 and 72-75", "CPU 3 and CPU 5", "CPUs 3, 5 and 7",
 * "24 to 27", each attributed to the pod named last before it (else in the sentence, else the
 * current pod). Reservations, the shared pool, topology facts, negations and intent make no claim.
 */
final class CpuClaims {
    private static final String ITEM = "\\d{1,5}(?:\\s*(?:-|–|to|through)\\s*\\d{1,5})?(?![\\w%/]|\\.\\d)";
    private static final Pattern CPUS = Pattern.compile("(?i)\\b(?:logical\\s+)?(?:CPUs?|cpuset|cpu\\s*ids?)"
            + "\\s*(?:ids?\\s*)?[:=]?\\s*(?:(?:are|were|is)\\s+)?[\\[{(]?\\s*(" + ITEM + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*"
            + "|\\s*\\+\\s*)(?:(?:logical\\s+)?CPUs?\\s*)?" + ITEM + ")*)");
    private static final Pattern CPU_TOPOLOGY = Pattern.compile("(?i)\\b(?:sibling|siblings|hyperthread\\w*|threads?"
            + "|core\\s+\\d|socket|sockets|NUMA\\s+node\\s+\\d+\\s+(?:has|holds|contains|spans|covers|is)"
            + "|has\\s+CPUs|machine|node\\s+has|in\\s+total|range|numbered)\\b"
            + "|(?i)\\bNUMA\\s+(?:node\\s+)?\\d+(?:'s)?\\s+(?:logical\\s+)?CPUs\\b");
    private static final Pattern RESERVED = Pattern.compile("(?i)\\b(?:reserv\\w*|system|kube-reserved|housekeeping"
            + "|os\\b|shared|default\\s+(?:pool|cpuset|set)|pool|best-effort\\s+pods|other\\s+pods|burstable)");
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\b(?:includ\\w*|among|such\\s+as|e\\.g\\.|for\\s+example"
            + "|first|one\\s+of|part\\s+of|some\\s+of|starting|start\\s+at|plus|together\\s+with|and\\s+(?:their|its)"
            + "\\s+siblings)\\b");

    private CpuClaims() {
    }

    /** CPU ids are read per sentence: a list such as "CPUs 3, 5 and 7" spans what clauses split. */
    static void read(String sentence, List<String> pods, java.util.Map<String, String> containers,
                             String current, List<Claim> out) {
        Matcher m = CPUS.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(0, m.start());
            String around = sentence.substring(Math.max(0, m.start() - 40), Math.min(sentence.length(), m.end() + 25));
            if (ClaimExtractor.NEGATION.matcher(before).find() || RESERVED.matcher(around).find() || ClaimExtractor.INTENT.matcher(around).find()
                    || CPU_TOPOLOGY.matcher(around).find()) {
                continue; // reservations and topology facts are not the pod's CPUs; config lint covers reservations
            }
            CpuSet set = parse(m.group(1));
            if (set == null) {
                continue;
            }
            String named = lastName(before, pods, containers);
            String pod = named != null ? named : ClaimExtractor.firstName(sentence, pods, containers);
            out.add(new Claim(Claim.Kind.CPUS, pod != null ? pod : current, set.toString(),
                    PARTIAL.matcher(around).find(), m.group()));
        }
    }

    private static String lastName(String text, List<String> pods, java.util.Map<String, String> containers) {
        int best = -1;
        String pod = null;
        for (String p : pods) {
            Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(p) + "(?![\\w-])").matcher(text);
            while (m.find()) {
                if (m.start() > best) {
                    best = m.start();
                    pod = p;
                }
            }
        }
        for (java.util.Map.Entry<String, String> c : containers.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(c.getKey()) + "(?![\\w-])").matcher(text);
            while (m.find()) {
                if (m.start() > best) {
                    best = m.start();
                    pod = c.getValue();
                }
            }
        }
        return pod;
    }

    /** "24-27 and 72-75", "3, 5 and 7", "24 to 27", "CPU 3 and CPU 5" as one set; null if unreadable. */
    static CpuSet parse(String ids) {
        String canonical = ids.replaceAll("(?i)(?:logical\\s+)?CPUs?", " ")
                .replaceAll("(?i)\\s*(?:–|\\bto\\b|\\bthrough\\b)\\s*", "-")
                .replaceAll("(?i)\\s*(?:,\\s*and\\b|\\band\\b|&|\\+|,)\\s*", ",")
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", "").replaceAll(",+", ",");
        try {
            return CpuSet.parse(canonical.replaceAll("^,|,$", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
