package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.llm.AdvisorTools;
import dev.numaadvisor.llm.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint refuses what it cannot read (issue 12, part 5): an empty file, null documents and a
 * Scenario whose own fields are wrong are input errors with file:line:col and exit 2, as in
 * simulate; the LLM/MCP tool returns the errors instead of "kubeletStarts": true.
 */
class LintRefusesUnreadInputTest {
    private static final String BAD_SCENARIO = "apiVersion: numa-advisor/v9\nkind: Scenario\nname: x\nbogus: 1\n"
            + "pods: 3\nnode:\n  topology: {sockets: 1, coresPerSocket: 4, threadsPerCore: 1, "
            + "memoryPerNumaNode: 8Gi}\n  extra: true\n";

    @TempDir
    Path dir;

    private String[] lint(String name, String text, String... more) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[2 + more.length];
        args[0] = "lint";
        args[1] = f.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString(), f.toString()};
    }

    @Test
    void anEmptyFileIsAnInputError() throws Exception {
        String[] r = lint("empty.yaml", "");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].startsWith("error: required value: the file holds no YAML document: nothing to lint ("
                + r[3] + ":1:1)"), r[2]);
        assertFalse(r[1].contains("kubelet starts"), r[1]);
        assertTrue(r[1].contains("kubelet start-up not predicted: 1 input error(s)"), r[1]);
    }

    @Test
    void nullDocumentsAreInputErrors() throws Exception {
        String[] r = lint("nulls.yaml", "null\n---\n~\n");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("the document is empty (null): nothing to lint (" + r[3] + ":1:1)"), r[2]);
        assertTrue(r[2].contains("(" + r[3] + ":3:1)"), r[2]);
    }

    @Test
    void aScenarioWithWrongOwnFieldsIsRefusedAsSimulateRefusesIt() throws Exception {
        String[] r = lint("bad.yaml", BAD_SCENARIO);
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("error: apiVersion: unsupported value \"numa-advisor/v9\": expected numa-advisor/v1 ("
                + r[3] + ":1:13)"), r[2]);
        assertTrue(r[2].contains("error: bogus: unknown field \"bogus\": not a field here (" + r[3] + ":4:1)"), r[2]);
        assertTrue(r[2].contains("error: pods: invalid value \"3\": expected a list (" + r[3] + ":5:7)"), r[2]);
        assertTrue(r[2].contains("node.extra: unknown field \"extra\""), r[2]);
        String[] json = lint("bad.yaml", BAD_SCENARIO, "--output", "json");
        assertEquals("2", json[0]);
        assertTrue(json[1].contains("\"kubeletStarts\" : null"), json[1]);
        assertTrue(json[1].contains("\"inputErrors\""), json[1]);
    }

    @Test
    void aGoodScenarioStillLintsCleanly() throws Exception {
        String[] r = lint("good.yaml", Files.readString(Path.of("examples/pod-scope.yaml")));
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("kubelet starts"), r[1]);
    }

    @Test
    void theLintToolAnswersWithTheInputErrorsNotAVerdict() {
        AdvisorTools tools = new AdvisorTools(Session::new, new Redactor(false), new OfflineAssistant());
        for (String text : new String[] {"", "null", BAD_SCENARIO}) {
            String out = tools.lint(text);
            assertFalse(out.contains("kubeletStarts"), out);
            assertTrue(out.contains("error"), out);
        }
        assertTrue(tools.lint(BAD_SCENARIO).contains("input.yaml:4:1"), tools.lint(BAD_SCENARIO));
        assertTrue(tools.lint("apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n")
                .contains("\"kubeletStarts\" : true"));
    }
}
