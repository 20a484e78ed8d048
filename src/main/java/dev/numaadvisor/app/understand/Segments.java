package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what is left after the unambiguous facts into stretches about the node and stretches
 * about pods, so that "8 CPUs" or "16Gi" is read as the node's or the pod's by what is being
 * talked about where it stands ("a node with 96 CPUs running a pod of 8 CPUs").
 */
final class Segments {
    /** A stretch [from, to) of the normalised text and what it is about. */
    record Segment(boolean pod, int from, int to) {
    }

    private static final Pattern POD = p("\\b(?:pods?|containers?|sidecars?|workloads?|deploy|deployments?|statefulsets?|daemonsets?"
            + "|replicas?|guaranteed|burstable|besteffort|asks?|asking|requests?|requesting|needs?|needing|wants?|wanting"
            + "|limits?|lim|req|spec|resources|make\\s+(?:that|it)|change\\s+(?:that|it)\\s+to|bump\\s+(?:that|it)\\s+(?:up\\s+)?to)\\b|(?<![\\w.])(?:cpu|mem|memory|gpu)\\s*[=:]");
    /**
     * "my inference-0 pod", "a 40 cpu / 64Gi guaranteed pod": the pod's stretch starts at the
     * words naming or sizing it, not at "pod", as long as none of them is about the node.
     */
    private static final Pattern NAMED_POD = p("\\b(?:a|an|one|my|our|the|their|your)\\s+"
            + "(?=(?:(?!(?:numa|sockets?|nodes?|machines?|servers?|hosts?|box|boxes|workers?)\\b)[\\w.-]+[\\s/,+]*){1,8}?"
            + "(?:guaranteed\\s+|burstable\\s+)?pods?\\b)");
    private static final Pattern NODE = p("(?<!numa\\s)\\b(?:nodes?|machines?|servers?|hosts?|box(?:es)?|workers?|hardware"
            + "|baremetal|numa|sockets?|hyperthreading|smt|ht|it\\s+has|has\\s+got)\\b(?!\\s*\\d)"
            // "2 sockets 32c/socket": a plural is a count said, not "socket 1" named.
            + "|\\bsockets\\b");

    private Segments() {
    }

    static List<Segment> of(String masked) {
        List<int[]> marks = new ArrayList<>();
        collect(POD, masked, 1, marks);
        collect(NAMED_POD, masked, 1, marks);
        collect(NODE, masked, 0, marks);
        marks.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Segment> out = new ArrayList<>();
        if (marks.isEmpty()) {
            out.add(new Segment(false, 0, masked.length()));
            return out;
        }
        boolean pod = marks.get(0)[1] == 1;
        int from = 0;
        for (int[] mark : marks) {
            boolean isPod = mark[1] == 1;
            if (isPod != pod) {
                if (mark[0] > from) {
                    out.add(new Segment(pod, from, mark[0]));
                }
                from = mark[0];
                pod = isPod;
            }
        }
        out.add(new Segment(pod, from, masked.length()));
        return out;
    }

    private static void collect(Pattern p, String text, int kind, List<int[]> marks) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            marks.add(new int[] {m.start(), kind});
        }
    }
}
