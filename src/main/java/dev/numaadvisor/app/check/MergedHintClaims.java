package dev.numaadvisor.app.check;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merged-hint claims: "the merged hint is [1], preferred", under pod scope "the pod hint", what the
 * merge "picked" or "ends at", "any NUMA node", "never got a merged hint"; negation before it
 * ("neither merged hint is preferred") or after ("isn't preferred", "preferred=false").
 */
final class MergedHintClaims {
    /** The merged hint, under pod scope "the pod hint", or what the Topology Manager "picked". */
    static final Pattern MERGED = Pattern.compile("(?i)(?<!\\b(?:a|an|any|every|each|no)\\s)\\b(?:(?:merged|pod|pod-level"
            + "|final|resulting|combined)\\s+(?:topology\\s+|affinity\\s+)?hint\\b|(?:picks?|picked|chooses|chose|selects?"
            + "|selected|settled\\s+on|settles\\s+on)(?=\\s+(?:NUMA|[\\[{]))|merge\\s+(?:ends|ended|comes|came|settles|lands)"
            + "(?:\\s+(?:up|out))?\\s+(?:at|on|as|with)?(?=\\s*(?:NUMA|[\\[{]))|(?<=merg\\w{1,3}\\b.{0,200})\\bresult\\s+is"
            + "(?=\\s*(?:NUMA|[\\[{])))([^.;]*)");
    /** "It never got a merged topology hint": the claim that there is none. */
    static final Pattern NO_MERGED = Pattern.compile("(?i)\\b(?:never\\s+(?:got|gets|reached)|has\\s+no|had\\s+no"
            + "|got\\s+no|without)\\s+(?:a\\s+)?merged\\s+(?:topology\\s+)?hint\\b");

    private MergedHintClaims() {
    }

    /** The hint belongs to the name said before it ("For embedder the merged hint is …"), else to {@code current}. */
    static void read(String clause, List<ResultNames.Mention> mentions, ResultNames.Subject current, List<Claim> out) {
        Matcher m = MERGED.matcher(clause);
        if (!m.find()) {
            return;
        }
        ResultNames.Subject who = ResultNames.before(mentions, m.start());
        who = who != null ? who : current;
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
        boolean negatedBefore = ClaimExtractor.NEGATION.matcher(clause.substring(0, m.start())).find();
        boolean not = lower.matches("(?s).*(?:\\b(?:not|never)\\s+(?:\\w+\\s+)?preferred|n['’]t\\s+(?:\\w+\\s+)?preferred"
                + "|non-preferred|unpreferred|preferred\\s*(?:=|:|is)?\\s*(?:false|no)\\b).*");
        String preferred = !lower.contains("preferred") ? "" : not != negatedBefore ? "not preferred" : "preferred";
        if (any || !ids.isEmpty() || !preferred.isEmpty()) {
            out.add(ResultNames.claim(who, Claim.Kind.MERGED_HINT, "", (any ? "any" : ids.isEmpty() ? "?" : "["
                    + FieldClaims.ids(ids.toString()) + "]") + (preferred.isEmpty() ? "" : " " + preferred), false, clause));
        }
    }
}
