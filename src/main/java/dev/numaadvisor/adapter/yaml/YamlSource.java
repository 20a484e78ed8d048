package dev.numaadvisor.adapter.yaml;

import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML (and JSON, which SnakeYAML reads as YAML) into positioned {@link YNode}s. Syntax
 * errors become an {@link InputException} with the 1-based position SnakeYAML marks.
 */
public final class YamlSource {
    /** Building a Yaml instance compiles its resolvers' patterns: once per thread, not per file. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setMaxAliasesForCollections(100);
        return new Yaml(options);
    });

    private YamlSource() {
    }

    /** Every document in the text, in order; empty documents are skipped. */
    public static List<YNode> documents(String fileName, String text) {
        Yaml yaml = YAML.get();
        List<YNode> out = new ArrayList<>();
        Problems problems = new Problems(fileName);
        try {
            for (Node n : yaml.composeAll(new StringReader(text))) {
                if (n != null) {
                    out.add(new YNode(n, "", problems));
                }
            }
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition pos = m == null ? new SourcePosition(fileName, 0, 0)
                    : new SourcePosition(fileName, m.getLine() + 1, m.getColumn() + 1);
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new InputException(new Problem(Problem.Kind.SYNTAX, "", pos, null,
                    "not valid YAML: " + what + context,
                    "check the indentation and the quoting on that line"));
        } catch (RuntimeException e) {
            throw new InputException(new Problem(Problem.Kind.SYNTAX, "", new SourcePosition(fileName, 0, 0),
                    null, "not valid YAML: " + e.getMessage(), null));
        }
        return out;
    }

    /**
     * Plain Java values (maps, lists, scalars) as a node the readers accept, with no text behind
     * it: positions are unknown (line 0) and problems are reported against {@code name}.
     */
    public static YNode value(String name, Object value) {
        return new YNode(YAML.get().represent(value), "", new Problems(name));
    }

    /** Exactly one document, else an error naming the file. */
    public static YNode single(String fileName, String text) {
        List<YNode> docs = documents(fileName, text);
        if (docs.size() != 1) {
            throw new InputException(new Problem(Problem.Kind.INVALID, "", new SourcePosition(fileName, 1, 1),
                    null, "expected one YAML document, found " + docs.size(),
                    docs.isEmpty() ? "the file is empty" : "split the documents into separate files"));
        }
        return docs.get(0);
    }
}
