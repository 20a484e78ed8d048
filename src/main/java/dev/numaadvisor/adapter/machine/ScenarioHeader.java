package dev.numaadvisor.adapter.machine;

import java.util.List;

/** The comment block at the top of an imported scenario: files, provenance, assumptions, findings. */
final class ScenarioHeader {
    private ScenarioHeader() {
    }

    static void write(StringBuilder out, List<ImportedFile> files, MergedNode node, int width) {
        MergeReport r = node.report();
        out.append("# Imported by numa-advisor from ").append(files.size()).append(files.size() == 1 ? " file" : " files")
                .append(". Edit freely, then: numa-advisor simulate THIS-FILE\n");
        out.append("# Files:\n");
        for (ImportedFile f : files) {
            item(out, f.fileName() + ": " + f.detection().format().description() + " (" + f.detection().why() + ")",
                    width);
        }
        section(out, "Which file gave what:", r.provenance(), width);
        section(out, "Assumptions (inferred by rule, not read; check them):", r.assumptions(), width);
        List<String> findings = new java.util.ArrayList<>();
        r.findings().forEach(f -> findings.add(f.toString()));
        section(out, "Findings (contradictions and gaps between the files):", findings, width);
        section(out, "Notes:", r.notes(), width);
    }

    private static void section(StringBuilder out, String title, List<String> items, int width) {
        if (items.isEmpty()) {
            return;
        }
        out.append("# ").append(title).append('\n');
        for (String s : items) {
            item(out, s, width);
        }
    }

    /** "#   - text", wrapped at {@code width} columns with continuation lines indented. */
    private static void item(StringBuilder out, String text, int width) {
        String prefix = "#   - ";
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.replace('\n', ' ').split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > prefix.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder("#     ");
            }
            line.append(word).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
