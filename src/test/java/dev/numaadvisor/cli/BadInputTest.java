package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.adapter.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: exit 2, file:line:col, what was expected and a hint; never a stack trace. */
class BadInputTest {
    private static final String DIR = "src/test/resources/bad-input/";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed-yaml.yaml|:6:21)|not valid YAML",
        "unknown-field.yaml|:7:5)|unknown field \"cpuPerNuma\"",
        "duplicate-field.yaml|:6:5)|the key appears twice",
        "bad-cpu-list.yaml|:6:17)|invalid range \"3-1\" (3 > 1)",
        "bad-quantity.yaml|:13:42)|not a Kubernetes quantity",
        "duplicate-cpu-id.yaml|:7:14)|cpu id listed twice",
        "device-on-missing-numa-node.yaml|:6:55)|which the machine does not have",
        "bad-checkpoint.yaml|:13:22)|invalid range \"0-\""})
    void reportsPositionWhatAndHint(String file, String position, String what) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"simulate", DIR + file}, new PrintWriter(out), new PrintWriter(err));
        String e = err.toString();
        assertEquals(ExitCodes.BAD_INPUT, code, e);
        assertTrue(e.contains(DIR + file + position), e);
        assertTrue(e.contains(what), e);
        assertTrue(e.contains("hint:"), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
    }

    @Test
    void otherFilesOfTheBatchStillRun() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"simulate", "--output", "json", DIR + "bad-quantity.yaml",
            "examples/gpu-pod-fits.yaml", DIR + "no-such-file.yaml"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, code);
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        JsonNode bad = Json.mapper().readTree(lines.get(0));
        assertEquals(13, bad.at("/error/line").asInt());
        assertEquals(42, bad.at("/error/column").asInt());
        JsonNode good = Json.mapper().readTree(lines.get(1));
        assertEquals("examples/gpu-pod-fits.yaml", good.get("file").asText());
        assertTrue(good.at("/pods/0/admitted").asBoolean());
        JsonNode missing = Json.mapper().readTree(lines.get(2));
        assertTrue(missing.at("/error/message").asText().contains("no such file"), lines.get(2));
    }
}
