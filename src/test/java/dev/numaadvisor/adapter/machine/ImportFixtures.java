package dev.numaadvisor.adapter.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads fixtures and runs detect → parse → merge on them. */
final class ImportFixtures {
    static final Path ROOT = Path.of("src/test/resources/fixtures");

    private ImportFixtures() {
    }

    static SourceText fixture(String relative) {
        try {
            return new SourceText(relative, Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static NodeFacts parse(String relative) {
        SourceText s = fixture(relative);
        return MachineParsers.read(s, FormatDetector.detect(s));
    }

    static List<ImportedFile> imported(List<String> files) {
        List<ImportedFile> out = new ArrayList<>();
        for (String f : files) {
            out.add(new ImportedFile(f, FormatDetector.detect(fixture(f))));
        }
        return out;
    }

    static MergedNode merge(List<String> files) {
        List<NodeFacts> facts = new ArrayList<>();
        for (String f : files) {
            facts.add(parse(f));
        }
        return NodeFactsMerger.merge(facts);
    }
}
