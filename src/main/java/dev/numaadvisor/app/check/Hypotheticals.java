package dev.numaadvisor.app.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer says that is not a claim about this result: hypotheticals ("if …", "unless …",
 * "had X come first"), counterfactual clauses ("would have preferred NUMA 0"), statements about
 * another policy, advice headings ("### Options") and imperatives ("Use best-effort: …").
 */
final class Hypotheticals {
    // "when" and "once" mostly tell the order things happened in ("when packet-broker arrives"), so they stay.
    static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:if|unless|otherwise|whether|suppose"
            + "|were\\s+you|had\\s+\\S+\\s+(?:been|come|gone|asked|arrived)|instead\\s+of|rather\\s+than"
            + "|under\\s+(?:the\\s+)?(?:restricted|best-effort|none|single-numa-node)\\s+(?:policy|instead))\\b");
    /** "The CPU Manager would have preferred NUMA 0": that clause alone is counterfactual. */
    static final Pattern COUNTERFACTUAL = Pattern.compile("(?i)\\b(?:would|could|might|should)\\s+have\\b"
            + "|\\bwould\\b(?=[^,;.]*\\b(?:instead|then|otherwise)\\b)");
    /** Headings of advice: what follows is what the user could do, not what happened. */
    static final Pattern ADVICE = Pattern.compile("(?i)\\b(?:options?|alternatives?|fix|fixes|fixing|how\\s+to"
            + "|what\\s+(?:to|you\\s+can)\\s+do|workarounds?|recommendations?|suggestions?|next\\s+steps|if\\s+you|to\\s+get"
            + "|want|instead|tuning|improv\\w+)\\b");
    static final Pattern IMPERATIVE = Pattern.compile("(?i)(?:fix:\\s*)?(?:to\\s+(?:get|fix|make|avoid|keep|let|have)|use|switch|set|add|move|ask|give|increase|reduce"
            + "|change|try|consider|enable|disable|split|request|make|keep|avoid|drop|raise|lower|pre-allocate|reserve|deploy"
            + "|label|cordon|upgrade|accept|shrink|scale|resize|remove|pin|bump|put)\\b");
    /** "would be rejected under restricted": a statement about another policy, not this result. */
    static final Pattern POLICY_COMPARISON = Pattern.compile("(?i)\\b(?:would|could|might)\\b.*\\b(?:under|with)"
            + "\\s+(?:the\\s+)?(?:restricted|best-effort|none|single-numa-node|static)\\b");

    private Hypotheticals() {
    }

    /**
     * The sentence without the clause holding a hypothetical: from the boundary before it ("…, because
     * memory could have come from either node") to the next semicolon ("…; here it is admitted" stays).
     */
    static String withoutHypothetical(String s, int at) {
        int from = Math.max(Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at)), Math.max(s.lastIndexOf(':', at),
                s.lastIndexOf('—', at)));
        int to = s.indexOf(';', at);
        String kept = (from < 0 ? "" : s.substring(0, from)) + (to < 0 ? "" : "; " + s.substring(to + 1).strip());
        return kept.strip();
    }

    /** The sentence without its counterfactual clauses ("The CPU Manager would have preferred NUMA 0, while …"). */
    static String withoutCounterfactuals(String s) {
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
}
