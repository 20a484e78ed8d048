package dev.numaadvisor.cli;

import dev.numaadvisor.app.BenchScenarios;
import dev.numaadvisor.app.RandomScenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's whole-command figures: each command runs as a fresh process, the way a user starts
 * it (bin/numa-advisor when the jar sits in a clone that has it, else java with the JVM's
 * defaults), on files written to a temp folder. Reports wall time and peak resident memory per
 * command, the medians of {@code runs} runs, against the targets of issue 15.
 */
final class BenchCommands {
    private static final int QUICK_RUNS = 1;
    private static final int FULL_RUNS = 3;

    /** Questions no run asks twice (the cache dir is new in every bench). */
    private static final List<String> NEW_QUESTIONS = List.of("how do I keep my database pod on one socket?",
            "why does my pod land on two NUMA nodes?", "can the kubelet pin a burstable pod?");
    private static final String HEADLINE = "two sockets, 24 cores each, HT on, 2 GPUs on numa 1; static cpu manager,"
            + " single-numa-node, reserved 0,48; pod trader 8 cpu 16Gi 1 gpu guaranteed - which cpus?";

    private final List<String> prefix;
    private final Path dir;
    private final int runs;
    private final PrintWriter out;

    private BenchCommands(List<String> prefix, Path dir, int runs, PrintWriter out) {
        this.prefix = prefix;
        this.dir = dir;
        this.runs = runs;
        this.out = out;
    }

    /** Runs and prints every command figure; {@code plainJava} ignores the launcher. */
    static void run(boolean quick, boolean plainJava, PrintWriter out) {
        Path launcher = launcher();
        List<String> prefix = plainJava || launcher == null ? plainJava() : List.of(launcher.toString());
        out.println("commands, each a fresh process: " + (prefix.size() == 1 ? launcher : "java with the JVM's defaults")
                + (quick ? " (1 run each)" : " (median of " + FULL_RUNS + " runs)"));
        out.flush();
        Path dir;
        try {
            dir = Files.createTempDirectory("numa-advisor-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            new BenchCommands(prefix, dir, quick ? QUICK_RUNS : FULL_RUNS, out).all(quick);
        } finally {
            delete(dir);
        }
    }

    private void all(boolean quick) {
        String gpu = write("gpu-pod-fits.yaml", BenchScenarios.gpuPodYaml());
        report("--version (start-up only)", measure("", "--version"), null);
        report("simulate one file (GPU pod, text)", measure("", "simulate", gpu), "<= 0.8 s");
        pipedQuestions();
        String one = write("numa16-1.yaml", BenchScenarios.manyNumaYaml(16, 1));
        String many = write("numa16-41.yaml", BenchScenarios.manyNumaYaml(16, 41));
        CommandTimer.Run first = measure("", "simulate", one);
        CommandTimer.Run all = measure("", "simulate", many);
        report("simulate 41 pods, 16 NUMA nodes, best-effort", all, "<= 150 MiB");
        out.println(String.format(Locale.ROOT, "  %-50s %8.1f ms wall %6.1f ms CPU per pod  (target <= 10 ms)",
                "admission, 16 NUMA nodes: (41 pods - 1 pod) / 40", (all.wallSeconds() - first.wallSeconds()) * 25,
                (all.cpuSeconds() - first.cpuSeconds()) * 25));
        List<String> files = new ArrayList<>(List.of("simulate"));
        for (int seed = 0; seed < 500; seed++) {
            files.add(write("random-" + seed + ".yaml", RandomScenarios.scenario(seed)));
        }
        files.addAll(List.of("--output", "json"));
        report("simulate 500 random scenarios, one call, json", measure("", files.toArray(new String[0])),
                "<= 2.5 s, <= 400 MiB");
        if (!quick) {
            String fleet = write("fleet.yaml", BenchScenarios.fleetYaml(1000, 1, 100, 1000));
            report("fleet 1,000 nodes x ~100k pods x 4 policies", measure("", "fleet", fleet), "<= 5 s");
        }
        out.flush();
    }

    /**
     * {@code echo QUESTION | numa-advisor}, each a fresh process, with a cache dir of its own in the
     * temp folder (the user's is left alone) that one untimed question has filled as any first
     * question does (the model's files): a question asked before (its vector is in the cache), one
     * never asked (the model loads), and the README's scenario in one line (no model needed).
     */
    private void pipedQuestions() {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        String asked = "what does the restricted policy do?\n";
        CommandTimer.run(prefix, "which question fills a new cache dir first?\n", env);
        CommandTimer.run(prefix, asked, env);
        report("piped question asked before, offline answer",
                median(i -> CommandTimer.run(prefix, asked, env)), "<= 0.5 s");
        report("piped question never asked before (model loads)",
                median(i -> CommandTimer.run(prefix, NEW_QUESTIONS.get(i % NEW_QUESTIONS.size()) + "\n", env)),
                "<= 0.5 s");
        report("piped scenario question (README headline)",
                median(i -> CommandTimer.run(prefix, HEADLINE + "\n", env)), "<= 0.5 s");
    }

    /** The median run by wall time (and its own peak memory) of {@code runs} runs. */
    private CommandTimer.Run measure(String stdin, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(Arrays.asList(args));
        return median(i -> CommandTimer.run(command, stdin));
    }

    private CommandTimer.Run median(java.util.function.IntFunction<CommandTimer.Run> run) {
        List<CommandTimer.Run> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(run.apply(i));
        }
        results.sort((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
        return results.get(results.size() / 2);
    }

    private void report(String what, CommandTimer.Run r, String target) {
        String rss = r.maxRssBytes() < 0 ? "   n/a" : String.format(Locale.ROOT, "%6d", r.maxRssBytes() >> 20);
        out.println(String.format(Locale.ROOT, "  %-50s %8.2f s wall %6.2f s CPU %s MiB max RSS%s%s", what,
                r.wallSeconds(), r.cpuSeconds(), rss,
                target == null ? "" : "  (target " + target + ")",
                r.exitCode() == 0 ? "" : "  exit code " + r.exitCode()));
        out.flush();
    }

    private String write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** bin/numa-advisor of the clone whose target/ holds this jar, when it is there. */
    private static Path launcher() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path bin = jar.toAbsolutePath().getParent().resolveSibling("bin").resolve("numa-advisor");
            return Files.isExecutable(bin) && Files.isRegularFile(jar) ? bin : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** This JVM's java and class path, with no options: what {@code java -jar} runs. */
    private static List<String> plainJava() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    /** The temp folder and everything in it (the questions' cache dir has folders). */
    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
