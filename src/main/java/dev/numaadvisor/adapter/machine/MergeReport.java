package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * What the merge says about itself: which file gave what ({@code provenance}), the facts inferred
 * by rule ({@code assumptions}, each prefixed with its file), contradictions and gaps
 * ({@code findings}) and remarks that need no action ({@code notes}). Lists keep insertion order,
 * which is fixed by the order of the merge steps and of the input files.
 */
public final class MergeReport {
    private final List<String> provenance = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();
    private final List<ImportFinding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void gave(String what, String source) {
        provenance.add(what + ": " + source);
    }

    void assume(String source, String text) {
        String line = source == null ? text : source + ": " + text;
        if (!assumptions.contains(line)) {
            assumptions.add(line);
        }
    }

    void find(ImportFinding.Severity severity, String message, String... sources) {
        findings.add(new ImportFinding(severity, message, List.of(sources)));
    }

    void note(String text) {
        notes.add(text);
    }

    public List<String> provenance() {
        return List.copyOf(provenance);
    }

    public List<String> assumptions() {
        return List.copyOf(assumptions);
    }

    public List<ImportFinding> findings() {
        return List.copyOf(findings);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }
}
