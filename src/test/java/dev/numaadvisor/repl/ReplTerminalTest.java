package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The REPL over JLine's DumbTerminal on piped streams: never a system terminal in surefire. */
class ReplTerminalTest {
    private static final String POD_YAML = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
            + "  containers:\n  - name: app\n    resources:\n      requests: {cpu: \"4\", memory: 1Gi}\n"
            + "      limits: {cpu: \"4\", memory: 1Gi}\n";

    private static String runShell(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DumbTerminal t = new DumbTerminal(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                bytes)) {
            assertEquals(0, new InteractiveShell(t, null, false).run());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void completesSiToSimulate() throws Exception {
        ReplEngine engine = new ReplEngine(Style.plain());
        try (DumbTerminal t = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).parser(new ReplParser()).build();
            List<Candidate> candidates = new ArrayList<>();
            new ReplCompleter(engine.commands()).complete(reader, new ReplParser().parse("/si", 3), candidates);
            List<String> matching = new ArrayList<>();
            candidates.forEach(c -> {
                if (c.value().startsWith("/si")) {
                    matching.add(c.value());
                }
            });
            assertEquals(List.of("/simulate"), matching);
            candidates.clear();
            new ReplCompleter(engine.commands()).complete(reader, new ReplParser().parse("/whatif pol", 11),
                    candidates);
            assertTrue(candidates.stream().anyMatch(c -> c.value().equals("policy=single-numa-node")));
        }
    }

    @Test
    void pastedPodYamlIsAddedAsOneInput() throws Exception {
        String out = runShell("/node set 2x8x2\n```\n" + POD_YAML + "```\n/pod list\n/quit\n");
        assertTrue(out.contains("added pod web"), out);
        assertTrue(out.contains("web: Guaranteed, app: cpu=4 memory=1Gi"), out);
    }

    @Test
    void badPasteLeavesSessionUnchangedAndNamesTheLine() {
        ReplEngine engine = new ReplEngine(Style.plain());
        engine.handle("/node set 2x8x2");
        engine.handle(POD_YAML);
        String before = engine.session().toScenarioYaml();
        String bad = POD_YAML.replace("  name: web", "  name: db").replace("cpu: \"4\"", "cpu: \"four\"");
        String out = engine.handle(bad);
        assertTrue(out.contains("unchanged"), out);
        assertTrue(out.contains("paste:9"), out);
        assertEquals(before, engine.session().toScenarioYaml());
    }

    @Test
    void ctrlCDropsTheLineAndKeepsTheSession() throws Exception {
        String out = runShell("/node set 2x8x2\n/pod add a cpu=2 mem=1Gi\u0003\n/pod list\n/quit\n");
        assertFalse(out.contains("internal error"), out);
    }

    @Test
    void pipedStdinAnswersThreeLinesWithoutPrompt() {
        StringWriter sw = new StringWriter();
        String in = "/node set 2x8x2\n/pod add a cpu=2 mem=1Gi\n/pod list\n";
        StringWriter errors = new StringWriter();
        int code = BatchShell.run(new BufferedReader(new StringReader(in)), new PrintWriter(sw), new PrintWriter(errors));
        assertEquals("", errors.toString());
        assertEquals(0, code);
        String out = sw.toString();
        assertFalse(out.contains("numa>"), out);
        assertEquals(3, out.lines().filter(l -> !l.isBlank() && !l.startsWith("  ")).count(), out);
        assertTrue(out.contains("a: Guaranteed, app: cpu=2 memory=1Gi"), out);
    }

    @Test
    void everyCommandHasHelpText() {
        for (ReplCommandSpec c : new ReplEngine(Style.plain()).commands()) {
            assertTrue(ReplHelp.summary(c.name()) != null && !ReplHelp.summary(c.name()).isBlank(), c.name());
            assertTrue(ReplHelp.args(c.name()) != null, c.name());
        }
    }

    @Test
    void multiLineContinuation() {
        assertTrue(ReplParser.continues("a node with \\"));
        assertTrue(ReplParser.continues("```yaml\nkind: Pod"));
        assertFalse(ReplParser.continues("```\nkind: Pod\n```"));
        assertFalse(ReplParser.continues("what's up!"));
    }
}
