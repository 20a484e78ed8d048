package dev.numaadvisor.cli;

import dev.numaadvisor.app.RandomScenarios;
import dev.numaadvisor.llm.LlmSetup;
import dev.numaadvisor.repl.BatchShell;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run whose classes go into the class-data-sharing archive ({@code mvn package} runs it with
 * {@code -XX:ArchiveClassesAtExit}; see pom.xml and bin/numa-advisor): the short commands users
 * start most, once each, in one JVM, output discarded. A class it never loads still loads from the
 * jar, only slower, so the list favours what a first answer needs. Writes only in a temp folder,
 * which it removes; reads no stdin (the REPL gets its lines from a string).
 */
public final class CdsTraining {
    private static final String MERGE = "apiVersion: numa-advisor/v1\nkind: HintMerge\nnumaNodes: [0, 1]\n"
            + "policy: restricted\nproviders:\n  cpu: [{affinity: [0], preferred: true},"
            + " {affinity: [0,1], preferred: false}]\n  memory: [{affinity: null, preferred: true}]\n";

    /** The README's headline question: a node, a config and a pod in one line. */
    private static final String HEADLINE = "two sockets, 24 cores each, HT on, 2 GPUs on numa 1; static cpu manager,"
            + " single-numa-node, reserved 0,48; pod trader 8 cpu 16Gi 1 gpu guaranteed - which cpus?";

    private CdsTraining() {
    }

    /** @param args extra scenario files to simulate (the examples), besides generated ones */
    public static void main(String[] args) throws IOException {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Path dir = Files.createTempDirectory("numa-advisor-cds");
        try {
            List<String> scenarios = new ArrayList<>(List.of(args));
            for (int seed = 0; seed < 4; seed++) {
                Path file = dir.resolve("random-" + seed + ".yaml");
                Files.writeString(file, RandomScenarios.scenario(seed));
                scenarios.add(file.toString());
            }
            Path merge = dir.resolve("merge.yaml");
            Files.writeString(merge, MERGE);
            String first = scenarios.get(0);
            run(nowhere, "--version");
            run(nowhere, "simulate", first);
            run(nowhere, concat(List.of("simulate"), scenarios, List.of("--output", "json")));
            run(nowhere, "simulate", first, "--check", "--no-trace");
            run(nowhere, "merge", merge.toString(), "--output", "json");
            run(nowhere, "merge", merge.toString());
            run(nowhere, "lint", first);
            BatchShell.run(new BufferedReader(new StringReader("/load " + first + "\n/simulate\n/why\n"
                    + "what does the single-numa-node policy do?\nwhy was my pod rejected?\n/quit\n")),
                    nowhere, nowhere, LlmSetup.OFFLINE);
            pipedQuestions(nowhere);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Files.delete(dir);
        }
    }

    /**
     * {@code echo QUESTION | numa-advisor} as ReplLauncher runs it (stdin through a decoder, the
     * model settings resolved, here forced offline), a fresh shell per question: a scenario in
     * words, a concept question, and one never asked before, which loads the embedding model. The
     * pom gives the training a cache dir of its own and the last question carries a number no run
     * repeats, so the model always loads and its classes are always archived.
     */
    private static void pipedQuestions(PrintWriter nowhere) {
        LlmOptions offline = new LlmOptions();
        offline.offline = true;
        for (String question : List.of(HEADLINE, "what does the restricted policy do?",
                "which card answers a question asked only while training, number " + System.nanoTime() + "?")) {
            byte[] stdin = (question + "\n").getBytes(StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(new ByteArrayInputStream(stdin), StandardCharsets.UTF_8));
            BatchShell.run(in, nowhere, nowhere, offline.setup(System.getenv()));
        }
    }

    private static void run(PrintWriter out, String... args) {
        Main.run(args, out, out);
    }

    private static String[] concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all.toArray(new String[0]);
    }
}
