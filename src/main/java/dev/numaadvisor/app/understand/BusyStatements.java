package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what is said to be running already: "NUMA 1 already has 20 cores busy". */
final class BusyStatements {
    private static final String TAKEN = "(?:busy|used|in\\s+use|taken|pinned|allocated|occupied|held|assigned|reserved\\s+by\\s+pods"
            + "|consumed|gone|spoken\\s+for|handed\\s+out)";
    private static final String UNIT = "(?<unit>cores?|physical\\s+cores?|cpus?|vcpus?|logical\\s+cpus?|threads?|exclusive\\s+cpus?)";
    private static final String WHERE = "(?:(?:numa|node)\\s*(?:node\\s*)?|(?<socket>socket)\\s*)#?\\s*(?<numa>\\d+)";
    private static final Pattern PLACE_FIRST = p("(?:on\\s+|in\\s+)?" + WHERE + "\\s*(?:already\\s+)?(?:has|have|with|got|is\\s+running"
            + "|runs|has\\s+got|had|would\\s+have|were\\s+running|was\\s+running)\\s+(?:already\\s+)?(?<count>\\d+)\\s+(?:of\\s+its\\s+)?" + UNIT + "\\s+(?:already\\s+)?"
            + "(?:(?:being|are|is)\\s+)?" + TAKEN);
    private static final Pattern COUNT_FIRST = p("(?<count>\\d+)\\s+" + UNIT + "\\s+(?:are\\s+|is\\s+)?(?:already\\s+)?" + TAKEN
            + "\\s+(?:already\\s+)?(?:on|in|from)\\s+" + WHERE + "(?:\\s+already)?");
    private static final Pattern COUNT_FIRST_PLACE_BETWEEN = p("(?<count>\\d+)\\s+" + UNIT + "\\s+(?:on|in|of)\\s+" + WHERE
            + "\\s+(?:are\\s+|is\\s+)?(?:already\\s+)?" + TAKEN);

    /** "there's already a pod holding 44 exclusive CPUs on NUMA 1". */
    private static final Pattern HOLDER_FIRST = p("(?:pods?|workloads?|containers?|something|deployments?|jobs?|process(?:es)?|apps?"
            + "|services?)\\s+(?:that\\s+)?"
            + "(?:holding|holds|using|uses|pinning|pins|with|taking|takes|occupying|occupies)\\s+(?<count>\\d+)\\s+" + UNIT
            + "\\s+(?:already\\s+)?(?:on|in|of)\\s+" + WHERE);
    /** "NUMA 1: 40 of 48 CPUs already allocated". */
    private static final Pattern OUT_OF = p(WHERE + "\\s*[:,-]?\\s*(?:has\\s+|is\\s+at\\s+|is\\s+|at\\s+|with\\s+)?(?<count>\\d+)\\s+(?:of|out\\s+of|/)\\s+(?:its\\s+)?\\d+\\s+"
            + UNIT + "\\s+(?:are\\s+|is\\s+)?(?:already\\s+)?" + TAKEN);
    /** After one busy statement, "…, numa1 has 30" keeps its unit. */
    private static final Pattern MORE = p("(?:,|;|\\band\\b)\\s*(?:on\\s+)?" + WHERE + "\\s+(?:has|have|with|got)\\s+(?<count>\\d+)"
            + "(?!\\s*(?:gi|mi|g\\b|gb|x|cores?|cpus?|gpus?|numa|socket))(?:\\s+(?:more|too|as\\s+well|" + TAKEN + "))?");
    /** After one busy statement, "… and 4 on numa 1" keeps its unit. */
    private static final Pattern MORE_COUNT_FIRST = p("(?:,|;|\\band\\b)\\s*(?<count>\\d+)\\s+(?:more\\s+)?(?:on|in)\\s+" + WHERE
            + "(?!\\s*(?:gi|mi|g\\b|gb|cores?|cpus?|gpus?))");
    /** "numa0 busy 20 cpus", "actually numa0 busy 28". */
    private static final Pattern PLACE_TAKEN_COUNT = p(WHERE + "\\s+(?:is\\s+|has\\s+)?" + TAKEN + "\\s*[:=]?\\s*(?<count>\\d+)(?:\\s+" + UNIT + ")?(?![\\w.])");
    /** "numa 5 has 8 busy": no unit, so logical CPUs. */
    private static final Pattern PLACE_FIRST_NO_UNIT = p("(?:on\\s+|in\\s+)?" + WHERE + "\\s*(?:already\\s+)?(?:has|have|got)\\s+"
            + "(?:already\\s+)?(?<count>\\d+)\\s+(?:already\\s+)?" + TAKEN);

    /** Busy CPUs with no place ("20 cores busy somewhere"): said, but not usable without a NUMA node. */
    private static final Pattern UNPLACED = p("(?<count>\\d+)\\s+" + UNIT + "\\s+(?:are\\s+|is\\s+)?(?:already\\s+)?" + TAKEN
            + "(?:\\s+(?:already|somewhere|elsewhere|on\\s+the\\s+node|by\\s+other\\s+pods))*");

    private BusyStatements() {
    }

    /** Adds what is busy where to {@code busy}, and busy CPUs said without a place to {@code unplaced}. */
    static void read(Utterance u, List<Busy> busy, List<String> unplaced) {
        for (Pattern p : List.of(PLACE_FIRST, COUNT_FIRST, COUNT_FIRST_PLACE_BETWEEN, HOLDER_FIRST, OUT_OF)) {
            u.take(p, m -> busy.add(of(m, m.group("unit").contains("core"))));
        }
        u.take(PLACE_FIRST_NO_UNIT, m -> busy.add(of(m, false)));
        u.take(PLACE_TAKEN_COUNT, m -> busy.add(of(m, m.group("unit") != null && m.group("unit").contains("core"))));
        if (!busy.isEmpty()) {
            boolean cores = busy.get(busy.size() - 1).cores();
            u.take(MORE, m -> busy.add(of(m, cores)));
            u.take(MORE_COUNT_FIRST, m -> busy.add(of(m, cores)));
        }
        u.take(UNPLACED, m -> unplaced.add(u.originalOf(m.start(), m.end())));
    }

    private static Busy of(Matcher m, boolean cores) {
        return new Busy(Integer.parseInt(m.group("numa")), Integer.parseInt(m.group("count")), cores, m.group("socket") != null);
    }
}
