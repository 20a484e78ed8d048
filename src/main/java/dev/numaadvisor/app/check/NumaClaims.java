package dev.numaadvisor.app.check;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NUMA claims of a clause: where a pod, or its CPUs, memory or devices, went ("lands on NUMA node
 * 1", "its 32Gi is pinned to NUMA node 0", "spans both nodes"), told apart from facts of the node
 * ("NUMA 0 = 0–7,16–23", "NUMA 1 has 4 CPUs left", "the GPUs sit on NUMA 1").
 */
final class NumaClaims {
    static final Pattern NUMA = Pattern.compile("(?i)\\bNUMA(?:\\s+(?:node|nodes|zone|zones))?\\s*#?"
            + "(\\d{1,2}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*|\\s*\\+\\s*)"
            + "(?:NUMA(?:\\s+nodes?)?\\s*)?\\d{1,2}(?!\\s+(?:on|in|from|of|CPUs?|cores?|threads?|logical|free|left|GPUs?)\\b))*)"
            + "(?![\\w%-]|\\.\\d)|(?<=\\b(?:spans?|spanning|spread|split|across|over|between)\\s(?:\\w+\\s)?)both\\s+(?:NUMA\\s+)?nodes\\b");
    static final Pattern NUMA_FACT = Pattern.compile("(?i)\\b(?:has|have|holds?|contains?|consists|free|available"
            + "|capacity|left|remaining|only|other|another|distance|fit|fits|fitting|room|enough)\\b");
    /** "the GPUs sit on", "GPU-0 is attached to", "the VFs are on": where a device lives, not where a pod went. */
    static final Pattern DEVICE_HOME = Pattern.compile("(?i)\\b(?:GPUs?|devices?|NICs?|VFs?|[A-Z]{2,5}-[0-9a-z][\\w-]*)\\)?"
            + ",?\\s+(?:which\\s+|that\\s+)?(?:\\w+\\s+)?(?:is|are|sits?|hangs?|lives?|attached|belongs?|local)\\b[^,]*$");
    static final Pattern NODE_AS_SUBJECT = Pattern.compile("(?i)\\s*[=:]|(?:'s)?\\s+(?:now\\s+|still\\s+|only\\s+|then\\s+)?"
            + "(?:gets|has|have|holds|is|are|was|were|stays|keeps|remains|contains|spans|covers"
            + "|consists|offers|lacks|cannot|can't|ran\\s+short|runs?\\s+(?:short|out)|ran\\s+out|is\\s+short)\\b");
    static final Pattern SPARE = Pattern.compile("(?i)\\b(?:free|available|left|remaining|spare|room|enough|capacity)\\b");
    static final Pattern RELATIVE = Pattern.compile("(?i)\\s*(?:which|that|where)\\b");
    static final Pattern EVERY_CONTAINER = Pattern.compile("(?i)\\b(?:both|all|every|each)\\s+(?:of\\s+(?:its|the)\\s+)?"
            + "(?:\\w+\\s+)?containers?\\b");
    static final Pattern PLACEMENT = Pattern.compile("(?i)\\b(?:align\\w*|pinn?\\w*|plac\\w*|land\\w*|run\\w*"
            + "|allocat\\w*|assign\\w*|admit\\w*|gets?|got|put|served|bound|uses?|using|memory|cpus?|gpus?|cpuset"
            + "|sits?|lives?|takes?|took|comes?|came|from|picked|chose|selected|spread|split|spans?|spanning|set\\s+aside"
            + "|ends?\\s+up|goes|went|reserved\\s+(?:on|from|in)|alongside|next\\s+to)\\b");
    /** The resource a NUMA mention is about, said last before it: "memory … from NUMA node 0". */
    static final Pattern RESOURCE = Pattern.compile("(?i)\\b(?:(memory|hugepages|\\d+\\s*(?:Gi|GiB|Mi|MiB|GB)|heap)|(cpus?|cpuset|cores?)"
            + "|(gpus?|devices?|nics?|[A-Z]{2,5}-\\d+))\\b|\\b(all|both|everything|each|every|together|whole)\\b");

    private NumaClaims() {
    }

    static void read(String clause, boolean aboutPod, List<ResultNames.Mention> mentions,
                     BiFunction<List<ResultNames.Mention>, Integer, ResultNames.Subject> subjectOr, List<Claim> out) {
        // "…, which is on NUMA 1": a relative clause about the thing just named (a GPU, CPUs), not the pod
        if (!aboutPod || !PLACEMENT.matcher(clause).find() || RELATIVE.matcher(clause).lookingAt()) {
            return;
        }
        Matcher m = NUMA.matcher(clause);
        while (m.find()) {
            String head = clause.substring(0, m.start());
            if (ClaimExtractor.NEGATION.matcher(head).find()) {
                return; // "not on NUMA node 0" says where it is not; checked no further
            }
            if (nodeFact(head, clause.substring(m.end())) || ClaimExtractor.intentBefore(clause, m.start())
                    || ClaimExtractor.generic(clause, m.start(), mentions)) {
                continue;
            }
            if (m.group(1) != null && respectively(clause, m, mentions, out)) {
                continue;
            }
            ResultNames.Subject who = subjectOr.apply(mentions, m.start());
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
        // "only 3 CPUs are free on NUMA 0 (13-15) and 5 on NUMA 1": spare capacity said anywhere before, in the clause
        int cut = Math.max(near.lastIndexOf(','), near.lastIndexOf('('));
        return NODE_AS_SUBJECT.matcher(tail).lookingAt() || NUMA_FACT.matcher(near.substring(cut + 1)).find()
                || SPARE.matcher(head).find() || DEVICE_HOME.matcher(near).find();
    }

    /**
     * "triton-0 and triton-1 are admitted (NUMA 0 and NUMA 1)": as many nodes as pods named before
     * them, one each, in order.
     */
    private static boolean respectively(String clause, Matcher m, List<ResultNames.Mention> mentions, List<Claim> out) {
        List<ResultNames.Subject> pods = mentions.stream().filter(x -> x.start() < m.start())
                .map(x -> new ResultNames.Subject(x.subject().pod(), null)).distinct().toList();
        List<String> ids = new java.util.ArrayList<>();
        Matcher n = Pattern.compile("\\d+").matcher(m.group(1));
        while (n.find()) {
            ids.add(n.group());
        }
        if (pods.size() < 2 || pods.size() != ids.size()) {
            return false;
        }
        for (int i = 0; i < ids.size(); i++) {
            out.add(ResultNames.claim(pods.get(i), Claim.Kind.NUMA, "", ids.get(i), false, clause));
        }
        return true;
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
}
