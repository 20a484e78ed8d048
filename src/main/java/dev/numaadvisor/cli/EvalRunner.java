package dev.numaadvisor.cli;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.adapter.text.Table;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.llm.LlmSetup;
import dev.numaadvisor.repl.ReplEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The eval: {@code eval/questions.yaml} (id, category, optional REPL setup commands, question,
 * mustContain facts, mustNotContain mistakes; case-insensitive substrings, or with a {@code re:}
 * prefix case-insensitive regular expressions; an optional {@code repeat} sends the question text
 * that many times over, for pastes) asked of the offline assistant and of the configured model,
 * each question in a fresh session.
 */
public final class EvalRunner {
    static final String RESOURCE = "eval/questions.yaml";
    /** A fact with this prefix is a regular expression, so one fact can accept several wordings. */
    static final String REGEX = "re:";

    /** One question of the set. */
    public record Question(String id, String category, List<String> setup, String question,
                           List<String> mustContain, List<String> mustNotContain) {
    }

    /** One answer's score: what was missing and which mistakes appeared. */
    public record Score(Question question, List<String> missing, List<String> mistakes) {
        public boolean passed() {
            return missing.isEmpty() && mistakes.isEmpty();
        }
    }

    private EvalRunner() {
    }

    public static String run(LlmSetup setup, boolean verbose) {
        List<Question> questions = questions();
        StringBuilder sb = new StringBuilder();
        sb.append(report("offline", score(questions, LlmSetup.OFFLINE), verbose));
        // The answer checker's own precision and recall, on scripted answers (no model needed).
        sb.append('\n').append(dev.numaadvisor.app.check.CheckerEval.run().render());
        if (!setup.settings().offline()) {
            sb.append('\n').append(report(setup.settings().kind().id() + " " + setup.settings().model(),
                    score(questions, setup), verbose));
        }
        return sb.toString();
    }

    public static List<Score> score(List<Question> questions, LlmSetup setup) {
        List<Score> scores = new ArrayList<>();
        for (Question q : questions) {
            ReplEngine engine = new ReplEngine(Style.plain(), setup);
            q.setup().forEach(engine::handle);
            String answer = engine.handle(q.question());
            List<String> missing = new ArrayList<>();
            List<String> mistakes = new ArrayList<>();
            q.mustContain().forEach(f -> {
                if (!holds(answer, f)) {
                    missing.add(f);
                }
            });
            q.mustNotContain().forEach(f -> {
                if (holds(answer, f)) {
                    mistakes.add(f);
                }
            });
            scores.add(new Score(q, missing, mistakes));
        }
        return scores;
    }

    /** True when {@code answer} states {@code fact}: a {@code re:} regular expression or a substring. */
    static boolean holds(String answer, String fact) {
        if (fact.startsWith(REGEX)) {
            return Pattern.compile(fact.substring(REGEX.length()), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                    .matcher(answer).find();
        }
        return answer.toLowerCase(Locale.ROOT).contains(fact.toLowerCase(Locale.ROOT));
    }

    static String report(String assistant, List<Score> scores, boolean verbose) {
        Map<String, int[]> byCategory = new TreeMap<>();
        int passed = 0;
        for (Score s : scores) {
            int[] c = byCategory.computeIfAbsent(s.question().category(), k -> new int[2]);
            c[0]++;
            if (s.passed()) {
                c[1]++;
                passed++;
            }
        }
        Table t = new Table().row("assistant: " + assistant, "questions", "passed", "failed");
        t.row("all", String.valueOf(scores.size()), String.valueOf(passed), String.valueOf(scores.size() - passed));
        byCategory.forEach((cat, c) -> t.row("  " + cat, String.valueOf(c[0]), String.valueOf(c[1]),
                String.valueOf(c[0] - c[1])));
        StringBuilder sb = new StringBuilder(t.render(""));
        if (verbose) {
            for (Score s : scores) {
                if (!s.passed()) {
                    sb.append(s.question().id()).append(": missing ").append(s.missing()).append(", mistakes ")
                            .append(s.mistakes()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    public static List<Question> questions() {
        return questions(RESOURCE);
    }

    /** The questions of another set in the same format (a held-out set on the test classpath). */
    @SuppressWarnings("unchecked")
    public static List<Question> questions(String resource) {
        String text;
        try (InputStream in = EvalRunner.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> doc = (Map<String, Object>) YamlSource.single(resource, text).toJava();
        List<Question> out = new ArrayList<>();
        for (Object o : (List<Object>) doc.get("questions")) {
            Map<String, Object> q = (Map<String, Object>) o;
            int repeat = q.get("repeat") instanceof Number n ? n.intValue() : 1;
            out.add(new Question(String.valueOf(q.get("id")), String.valueOf(q.get("category")),
                    strings(q.get("setup")), String.valueOf(q.get("question")).repeat(repeat), strings(q.get("mustContain")),
                    strings(q.get("mustNotContain"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List) {
            ((List<Object>) o).forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
