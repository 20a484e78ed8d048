package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.adapter.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared multi-file machinery, driven through the merge command and directly. */
class BatchRunnerTest {
    private static final String GOOD = "kind: HintMerge\nnumaNodes: [0, 1]\npolicy: restricted\n"
            + "providers:\n  cpu: [{affinity: [1], preferred: true}]\n"
            + "expected:\n  mergedHint: {affinity: [1], preferred: true}\n  admit: true\n";
    private static final String WRONG = GOOD.replace("admit: true", "admit: false");
    private static final String BROKEN = "kind: HintMerge\nnumaNodes: [0, 1]\npolicy: restricted\n"
            + "providers:\n  cpu: [{affinity: [1], preferred: true, extra: 1}]\n";
    private static final String NINE_NODES = "kind: HintMerge\nnumaNodes: [0, 1, 2, 3, 4, 5, 6, 7, 8]\n"
            + "policy: best-effort\nproviders: {}\n"
            + "expected: {kubeletStartError: {message: \"more than 8 NUMA Nodes\"}}\n";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<JsonNode> lines() {
            return out.lines().map(l -> {
                try {
                    return Json.mapper().readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + l, e);
                }
            }).toList();
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Run merge(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> argv = new java.util.ArrayList<>(List.of(args));
        BatchRunner runner = new BatchRunner(new PrintWriter(out), new PrintWriter(err),
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        OutputFormat format = argv.remove("--text") ? OutputFormat.TEXT : OutputFormat.JSON;
        boolean check = argv.remove("--check");
        int code = runner.run(argv, format, check, dev.numaadvisor.app.Merge::runFile);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void severalFilesGiveJsonLinesWithTheFileFirst() throws IOException {
        Run run = merge("", file("a.yaml", GOOD).toString(), file("b.yaml", NINE_NODES).toString());
        assertEquals(0, run.code(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(2, lines.size());
        assertEquals(dir.resolve("a.yaml").toString(), lines.get(0).fieldNames().next().equals("file")
                ? lines.get(0).get("file").asText() : "file is not the first field");
        assertEquals("[1]", lines.get(0).get("mergedHint").get("affinity").toString());
        assertEquals("NUMA-TM-003", lines.get(1).get("kubeletStartError").get("rule").asText());
    }

    @Test
    void aBadFileGivesAnErrorLineTheOthersStillRunAndTheExitIsTwo() throws IOException {
        Run run = merge("", file("bad.yaml", BROKEN).toString(), "missing.yaml", file("good.yaml", GOOD).toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        List<JsonNode> lines = run.lines();
        assertEquals(3, lines.size());
        JsonNode error = lines.get(0).get("error");
        assertTrue(error.get("message").asText().contains("unknown field \"extra\""), error.toString());
        assertEquals(5, error.get("line").asInt());
        assertEquals(42, error.get("column").asInt());
        assertTrue(lines.get(1).get("error").get("line").isNull());
        assertTrue(lines.get(2).get("admit").asBoolean());
        assertTrue(run.err().contains("bad.yaml:5:42"), run.err());
    }

    @Test
    void checkMismatchExitsOneWithThePathOnStderr() throws IOException {
        Run run = merge("", "--check", file("good.yaml", GOOD).toString(), file("wrong.yaml", WRONG).toString());
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertTrue(run.err().contains("wrong.yaml: check failed at admit: expected false, actual true"), run.err());
        assertEquals(2, run.lines().size());
    }

    @Test
    void badInputOutranksACheckMismatch() throws IOException {
        Run run = merge("", "--check", file("wrong.yaml", WRONG).toString(), file("bad.yaml", BROKEN).toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertEquals(ExitCodes.BAD_INPUT, BatchRunner.worse(ExitCodes.FINDINGS, ExitCodes.BAD_INPUT));
        assertEquals(ExitCodes.FINDINGS, BatchRunner.worse(ExitCodes.OK, ExitCodes.FINDINGS));
    }

    @Test
    void checkWithoutExpectedIsAMismatch() throws IOException {
        Run run = merge("", "--check", file("plain.yaml", BROKEN.replace(", extra: 1", "")).toString());
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertTrue(run.err().contains("no expected block"), run.err());
    }

    @Test
    void dashReadsStdinAndOneFilePrintsPlainJson() {
        Run run = merge(NINE_NODES, "--check", "-");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("{\n  \"kubeletStartError\": {\n"), run.out());
    }

    @Test
    void textOutputThroughMain() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"merge", file("good.yaml", GOOD).toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("merged hint: [1] preferred\nadmit: yes\n"), out.toString());
        assertTrue(out.toString().contains("restricted admits: the merged hint [1] is preferred"), out.toString());
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"merge", "x.yaml", "--output", "yaml"}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("expected json or text"), err.toString());
    }
}
