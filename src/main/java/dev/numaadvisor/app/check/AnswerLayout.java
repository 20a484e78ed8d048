package dev.numaadvisor.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an answer's Markdown, read before its words: a table row whose cell names a pod is
 * about that pod, and each other cell is a value under its column's header; a two-column table is
 * label and value; "- GPU: GPU-1" and "**filler** → admitted" are a label and what it labels. What
 * is left is prose, line by line. Models state most placements in these shapes, and reading them as
 * sentences loses which number belongs to which field ("CPU (8, exclusive) | 24–27").
 */
final class AnswerLayout {
    /**
     * One statement. {@code subject}: the pod or container name the structure puts it under (null
     * when it names none); {@code label}: the field it fills (null for prose); {@code text}: the value
     * or the prose line, markup removed.
     */
    record Statement(String subject, String label, String text) {
        boolean prose() {
            return label == null;
        }

        /** A heading or a line of names only ("### hedger", "**sim-mesh / cfd-solver**"): what follows is about it. */
        boolean section() {
            return SECTION.equals(label);
        }
    }

    private static final String SECTION = "§";
    private static final Pattern ROW_SUBJECT_HEADER = Pattern.compile("(?i)^(?:pod|pods|container|containers|name|workload)$");
    private static final Pattern NUMA_SLICE = Pattern.compile("(?i)^(?:on\\s+)?NUMA\\s*(?:node\\s*)?#?\\d{1,2}$");
    private static final Pattern BARE_CPU_LIST = Pattern.compile("^[\\[{(]?\\s*\\d{1,5}(?:\\s*[-–]\\s*\\d{1,5})?"
            + "(?:\\s*(?:,|\\+|and)\\s*\\d{1,5}(?:\\s*[-–]\\s*\\d{1,5})?)+\\s*[\\]})]?$|^\\d{1,5}\\s*[-–]\\s*\\d{1,5}$");

    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    // "GPU: GPU-0", "filler → admitted", "Merged hint — [1]": a short label, then its value.
    private static final Pattern LABELLED = Pattern.compile("^([^:→]{1,48}?)\\s*(?::|→|->|=>|\\s—|\\s–)\\s+(\\S.*)$");
    private static final Pattern SENTENCE_WORDS = Pattern.compile("(?i)\\b(?:is|are|was|were|will|would|gets?|has|have"
            + "|the\\s+\\w+\\s+\\w+\\s+\\w+|so|because|which|that|if|when|it|they|this|there|be|been|does|do|did|can"
            + "|not|no|\\w+n['’]t)\\b");
    /** "After filler fills NUMA 1:", "On NUMA 0:": a sentence's opening, not a field's label. */
    private static final Pattern PREAMBLE = Pattern.compile("(?i)(?:after|once|when|since|because|then|so|but|and|if|for"
            + "|in|on|with|at|by|from|here|now|note|step\\s+\\d+)\\b");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}.*$");

    private AnswerLayout() {
    }

    /** {@code names}: the pod and container names of the result, to recognise a row's or a label's subject. */
    static List<Statement> read(String answer, ResultNames result) {
        List<String> names = result.all();
        List<Statement> out = new ArrayList<>();
        String[] lines = answer.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (isTableLine(lines[i]) && i + 1 < lines.length && TABLE_RULE.matcher(lines[i + 1]).matches()) {
                List<String> header = cells(lines[i]);
                i += 2;
                while (i < lines.length && isTableLine(lines[i])) {
                    row(header, cells(lines[i]), result, out);
                    i++;
                }
                i--;
                continue;
            }
            line(lines[i], result, out);
        }
        return out;
    }

    private static boolean isTableLine(String line) {
        String s = line.strip();
        return s.startsWith("|") && s.indexOf('|', 1) > 0;
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            out.add(plain(c));
        }
        return out;
    }

    private static void row(List<String> header, List<String> cells, ResultNames result, List<Statement> out) {
        List<String> names = result.all();
        boolean podPerRow = header.stream().anyMatch(h -> ROW_SUBJECT_HEADER.matcher(h.strip()).matches());
        if (!cells.isEmpty() && NUMA_SLICE.matcher(cells.get(0)).matches()) {
            // "| NUMA 0 | 3-9, 23-29 | 14 |": the part of the set on that node, under the CPU columns only
            for (int j = 1; j < cells.size() && j < header.size(); j++) {
                if (FieldKind.of(header.get(j)) == FieldKind.CPUS) {
                    out.add(new Statement(null, cells.get(0), cells.get(j)));
                }
            }
            return;
        }
        int subjectCell = -1;
        String subject = null;
        for (int j = 0; j < cells.size(); j++) {
            String named = nameIn(cells.get(j), names, true);
            // "| api | istio-proxy |": the container is the more exact subject of the row
            if (named != null && subject == null) {
                subject = named;
                subjectCell = j;
            } else if (named != null && !named.equals(subject) && result.has(subject, named)) {
                subject = subject + "/" + named;
                subjectCell = j;
            }
        }
        if (subject != null) {
            for (int j = 0; j < cells.size(); j++) {
                if (j != subjectCell) {
                    out.add(new Statement(subject, j < header.size() ? header.get(j) : "", cells.get(j)));
                }
            }
        } else if (podPerRow) {
            return; // a row about something else than a pod of the result ("containers already running")
        } else if (cells.size() == 2) {
            out.add(new Statement(null, cells.get(0), cells.get(1)));
        } else if (!cells.isEmpty()) {
            // "CPU (8, exclusive) | 24–27, 72–75 | 1" under "Resource | Assignment | NUMA".
            for (int j = 1; j < cells.size(); j++) {
                out.add(new Statement(null, cells.get(0) + " " + (j < header.size() ? header.get(j) : ""), cells.get(j)));
            }
        }
    }

    private static void line(String raw, ResultNames result, List<Statement> out) {
        List<String> names = result.all();
        boolean heading = HEADING.matcher(raw).lookingAt();
        String s = plain(HEADING.matcher(LIST_MARK.matcher(raw).replaceFirst("")).replaceFirst(""));
        if (s.isEmpty()) {
            out.add(new Statement(null, null, ""));
            return;
        }
        if (s.matches("[^:]{1,40}:") && !s.matches("(?s).*\\d.*")) {
            out.add(new Statement(null, SECTION, s)); // "Suggestions:" heads a list, like a heading
            return;
        }
        String only = onlyNames(s, result);
        if (only != null || heading) {
            // a heading starts a section (about the pod it names, if any; advice if it says so)
            out.add(new Statement(only != null ? only : nameIn(s, names, false), SECTION, heading ? s : ""));
            if (only != null) {
                return;
            }
        }
        Matcher m = LABELLED.matcher(s);
        if (m.matches()) {
            String label = m.group(1).strip();
            String value = m.group(2).strip();
            String subject = nameIn(label, names, false);
            String withoutName = label.replaceAll("\\(.*?\\)", " ");
            if (subject != null) {
                withoutName = ResultNames.word(subject).matcher(withoutName).replaceAll(" ");
            }
            boolean onlyTheName = withoutName.replaceAll("(?i)\\b(?:pod|container|the|init|app)\\b|[^\\w]", "").isEmpty();
            if (subject != null && !onlyTheName) {
                // "clickhouse-0 fails admission with OutOfcpu: after …": the label is itself a sentence about the pod
                out.add(new Statement(subject, null, s));
                return;
            }
            if (subject != null) {
                // "seed (init) — 4,20": a name and its CPU ids.
                out.add(new Statement(subject, BARE_CPU_LIST.matcher(value).matches() ? "CPUs" : null, value));
                return;
            }
            if (NUMA_SLICE.matcher(label).matches()) {
                out.add(new Statement(null, label, value));
                return;
            }
            // A label names a field: no digits ("NUMA node 0 again"), no question inside ("Where? NUMA …").
            if (FieldKind.of(label) != null && label.split("\\s+").length <= 5 && !SENTENCE_WORDS.matcher(label).find()
                    && !label.matches("(?s).*(?:\\d|\\?.).*")
                    && !PREAMBLE.matcher(label).lookingAt() && names.stream().noneMatch(n -> ClaimExtractor.indexOfName(label, n) >= 0)) {
                out.add(new Statement(null, label, value));
                return;
            }
        }
        out.add(new Statement(null, null, s));
    }

    /** The first name when the line is nothing but names and separators ("sim-mesh / cfd-solver"), else null. */
    private static String onlyNames(String line, ResultNames result) {
        List<String> names = result.all();
        String rest = line;
        String first = null;
        int at = Integer.MAX_VALUE;
        for (String n : names) {
            int i = ClaimExtractor.indexOfName(rest, n);
            if (i >= 0) {
                if (i < at) {
                    at = i;
                    first = n;
                }
                rest = ResultNames.word(n).matcher(rest).replaceAll(" ");
            }
        }
        for (String n : names) {
            // "du-l1 / phy": the container is the more exact subject
            if (!n.equals(first) && ClaimExtractor.indexOfName(line, n) >= 0 && ClaimExtractor.indexOfName(line, first) >= 0
                    && result.has(first, n)) {
                first = n;
            }
        }
        return first != null && rest.replaceAll("(?i)\\b(?:pod|container)\\b", "").matches("[\\s/:,()|·-]*") ? first : null;
    }

    /**
     * The name a cell or label is about: with {@code whole}, the cell is the name (with markup and
     * a parenthesis around it); otherwise the label starts with it ("filler (44 CPU, 64Gi)").
     */
    static String nameIn(String text, List<String> names, boolean whole) {
        String t = text.replaceAll("\\(.*?\\)", "").replaceAll("[✅❌✔✖️]", "").strip();
        for (String n : names) {
            if (whole ? t.equals(n) || t.equals("pod " + n) : ClaimExtractor.indexOfName(t, n) == 0
                    || t.startsWith("pod " + n) || t.startsWith("Pod " + n)) {
                return n;
            }
        }
        return null;
    }

    /** The text without Markdown emphasis and code markup. */
    static String plain(String s) {
        return s.replaceAll("\\*\\*|__|`|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])", "").strip();
    }
}
