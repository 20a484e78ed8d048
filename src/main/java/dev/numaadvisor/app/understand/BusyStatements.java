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
    private static final String WHERE = "(?:numa|node)\\s*(?:node\\s*)?#?\\s*(?<numa>\\d+)";
    private static final Pattern PLACE_FIRST = p("(?:on\\s+|in\\s+)?" + WHERE + "\\s*(?:already\\s+)?(?:has|have|with|got|is\\s+running"
            + "|runs|has\\s+got)\\s+(?:already\\s+)?(?<count>\\d+)\\s+(?:of\\s+its\\s+)?" + UNIT + "\\s+(?:already\\s+)?"
            + "(?:(?:being|are|is)\\s+)?" + TAKEN);
    private static final Pattern COUNT_FIRST = p("(?<count>\\d+)\\s+" + UNIT + "\\s+(?:are\\s+|is\\s+)?(?:already\\s+)?" + TAKEN
            + "\\s+(?:already\\s+)?(?:on|in|from)\\s+" + WHERE + "(?:\\s+already)?");
    private static final Pattern COUNT_FIRST_PLACE_BETWEEN = p("(?<count>\\d+)\\s+" + UNIT + "\\s+(?:on|in|of)\\s+" + WHERE
            + "\\s+(?:are\\s+|is\\s+)?(?:already\\s+)?" + TAKEN);

    private BusyStatements() {
    }

    static void read(Utterance u, List<Busy> busy) {
        for (Pattern p : List.of(PLACE_FIRST, COUNT_FIRST, COUNT_FIRST_PLACE_BETWEEN)) {
            u.take(p, m -> busy.add(of(m)));
        }
    }

    private static Busy of(Matcher m) {
        String unit = m.group("unit");
        boolean cores = unit.contains("core");
        return new Busy(Integer.parseInt(m.group("numa")), Integer.parseInt(m.group("count")), cores);
    }
}
