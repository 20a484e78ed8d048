package dev.numaadvisor.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full question piped into the REPL: the verdict, merged NUMA node and CPU ids the reply states
 * must be the corpus's answer and what {@code simulate} decides for the session the REPL saved.
 */
class AnswersTest {
    private static final Pattern ADMISSION = Pattern.compile("Admission: (ADMITTED|REJECTED (\\S+))");
    private static final Pattern MERGED = Pattern.compile("merged hint: (\\[[0-9, ]*\\]|any)");
    private static final Pattern CPUS = Pattern.compile("gets exclusive CPUs (\\S+)");
    private static final Pattern ANSWER = Pattern.compile("\\AAnswer\\n-+\\nPod \\S+ is (admitted|rejected) under [^,\\s]+(?:, on NUMA (\\d+) alone)?");
    private static final Pattern ANSWER_CPUS = Pattern.compile("\\AAnswer\\n-+\\n[^\\n]*\\n- [^:]+: exclusive CPUs ([^,\\s]+(?:,[0-9-]+)*)");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyAnswer() {
        return Corpus.load("answers.yaml").stream()
                .map(c -> DynamicTest.dynamicTest(String.valueOf(c.get("id")), () -> {
                    // Known failures are listed, not hidden: each is skipped with its id, and the list is in the note.
                    org.junit.jupiter.api.Assumptions.assumeFalse(Corpus.knownFailing().contains(String.valueOf(c.get("id"))),
                            "known to fail: see src/test/resources/understanding/known-failing.txt");
                    check(c);
                }));
    }

    @Test
    void thereAreEnough() {
        assertTrue(Corpus.load("answers.yaml").size() >= 20);
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> c) throws IOException {
        Path saved = dir.resolve(c.get("id") + ".yaml");
        Corpus.Run run = Corpus.pipe(Corpus.turns(c), "/save " + saved);
        Map<String, Object> want = (Map<String, Object>) c.get("answer");
        String reply = run.reply();
        List<String> problems = new ArrayList<>();
        Matcher admission = ADMISSION.matcher(reply);
        if (!admission.find()) {
            fail("no verdict in the reply to: " + c.get("say") + "\n" + reply);
        }
        String verdict = admission.group(1).startsWith("ADMITTED") ? "admitted" : "rejected";
        if (!want.get("verdict").equals(verdict)) {
            problems.add("verdict: want " + want.get("verdict") + ", reply says " + verdict);
        }
        if (want.get("reason") != null && !want.get("reason").equals(admission.group(2))) {
            problems.add("reason: want " + want.get("reason") + ", reply says " + admission.group(2));
        }
        JsonNode simulated = simulate(saved);
        JsonNode pod = simulated.get("pods").get(0);
        boolean simAdmitted = pod.get("admitted").asBoolean();
        if (simAdmitted != verdict.equals("admitted")) {
            problems.add("the reply says " + verdict + ", simulate says admitted=" + simAdmitted);
        }
        JsonNode container = pod.get("containers").get(0);
        JsonNode merged = pod.has("mergedHint") && !pod.get("mergedHint").isNull() ? pod.get("mergedHint")
                : container.get("mergedHint");
        String simNuma = merged == null || merged.isNull() || merged.get("affinity").isNull() ? null
                : merged.get("affinity").toString().replace(",", ", ");
        Object wantNuma = want.get("numa");
        if (wantNuma != null && !flat(wantNuma).equals(flat(simNuma))) {
            problems.add("NUMA: want " + wantNuma + ", simulate says " + simNuma);
        }
        Matcher m = MERGED.matcher(reply);
        if (wantNuma != null && (!m.find() || !flat(m.group(1)).equals(flat(wantNuma)))) {
            problems.add("NUMA: want " + wantNuma + " in the reply's merged hint");
        }
        if (want.get("cpus") != null) {
            Matcher cpus = CPUS.matcher(reply);
            String said = cpus.find() ? cpus.group(1) : null;
            String sim = container.get("cpus") == null ? null : container.get("cpus").asText();
            if (!want.get("cpus").equals(said) || !want.get("cpus").equals(sim)) {
                problems.add("CPUs: want " + want.get("cpus") + ", reply says " + said + ", simulate says " + sim);
            }
        }
        // The reply opens with the direct answer, which must say the same as the walkthrough and simulate.
        Matcher first = ANSWER.matcher(reply);
        if (!first.find()) {
            problems.add("the reply does not open with the direct answer");
        } else {
            if (!first.group(1).equals(verdict)) {
                problems.add("direct answer: " + first.group(1) + ", verdict " + verdict);
            }
            // "on NUMA 1 alone" must be the merged hint; "across NUMA nodes 0,1" is where the devices or another container sit too.
            if (first.group(2) != null && wantNuma != null && !flat(wantNuma).equals("[" + first.group(2) + "]")) {
                problems.add("direct answer: NUMA " + first.group(2) + ", want " + wantNuma);
            }
            Matcher cpus = ANSWER_CPUS.matcher(reply);
            if (want.get("cpus") != null && (!cpus.find() || !want.get("cpus").equals(cpus.group(1)))) {
                problems.add("direct answer: CPUs are not " + want.get("cpus"));
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\n--- said: " + c.get("say") + "\n--- reply:\n" + reply);
        }
    }

    private static String flat(Object numa) {
        return String.valueOf(numa).replace(" ", "");
    }

    private static JsonNode simulate(Path file) throws IOException {
        assertTrue(Files.exists(file), "the REPL did not save " + file);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"simulate", file.toString(), "--output", "json"}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, code, () -> "simulate failed:\n" + err + out);
        return Json.mapper().readTree(out.toString());
    }
}
