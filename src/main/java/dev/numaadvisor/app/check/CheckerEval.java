package dev.numaadvisor.app.check;

import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.app.Simulate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker's own eval: scripted answers ({@value #RESOURCE}) about example scenarios, each
 * right or wrong in one named claim, run through {@link AnswerGuard}. An alarm on a right answer
 * is a false alarm; a wrong answer without one is a miss. Reports precision and recall.
 */
public final class CheckerEval {
    public static final String RESOURCE = "eval/checker-answers.yaml";

    /** One scripted answer: the scenario resource, whether it is right, the wrong claim's kind. */
    public record Case(String id, String scenario, boolean right, String claim, String text) {
    }

    /** One answer's outcome: the mismatches the checker raised. */
    public record Outcome(Case answer, List<String> mismatches) {
        public boolean alarmed() {
            return !mismatches.isEmpty();
        }
    }

    /** The counts behind precision (alarms that were right) and recall (wrong answers caught). */
    public record Report(List<Outcome> outcomes) {
        public int caught() {
            return (int) outcomes.stream().filter(o -> !o.answer().right() && o.alarmed()).count();
        }

        public int falseAlarms() {
            return (int) outcomes.stream().filter(o -> o.answer().right() && o.alarmed()).count();
        }

        public int wrong() {
            return (int) outcomes.stream().filter(o -> !o.answer().right()).count();
        }

        public double precision() {
            int alarms = caught() + falseAlarms();
            return alarms == 0 ? 1.0 : (double) caught() / alarms;
        }

        public double recall() {
            return wrong() == 0 ? 1.0 : (double) caught() / wrong();
        }

        public String render() {
            StringBuilder sb = new StringBuilder("checker: ").append(outcomes.size()).append(" scripted answers (")
                    .append(outcomes.size() - wrong()).append(" right, ").append(wrong()).append(" wrong)\n");
            sb.append(String.format(java.util.Locale.ROOT, "  precision %.2f  recall %.2f  false alarms %d  missed %d%n",
                    precision(), recall(), falseAlarms(), wrong() - caught()));
            for (Outcome o : outcomes) {
                if (o.answer().right() == o.alarmed()) {
                    sb.append("  ").append(o.answer().right() ? "false alarm " : "missed ").append(o.answer().id())
                            .append(": ").append(o.answer().text()).append('\n');
                }
            }
            return sb.toString();
        }
    }

    private CheckerEval() {
    }

    public static Report run() {
        return run(cases());
    }

    /** The checker over {@code cases} (another set of answers about the same scenarios, e.g. a held-out one). */
    public static Report run(List<Case> cases) {
        Map<String, AnswerGuard.Facts> facts = new LinkedHashMap<>();
        List<Outcome> out = new ArrayList<>();
        for (Case c : cases) {
            AnswerGuard.Facts f = facts.computeIfAbsent(c.scenario(), CheckerEval::facts);
            out.add(new Outcome(c, AnswerGuard.check(c.text(), f).mismatches()));
        }
        return new Report(out);
    }

    /** The simulator's result and node for a scenario resource. */
    public static AnswerGuard.Facts facts(String resource) {
        Simulate.Outcome o = Simulate.scenario(resource, text(resource), name -> text(name));
        return new AnswerGuard.Facts(o.result(), o.scenario().input().machine());
    }

    public static List<Case> cases() {
        return cases(RESOURCE);
    }

    /** The answers of {@code resource}; scenario names are {@value #RESOURCE}'s unless the file names its own. */
    @SuppressWarnings("unchecked")
    public static List<Case> cases(String resource) {
        Map<String, Object> doc = (Map<String, Object>) YamlSource.single(resource, text(resource)).toJava();
        Map<String, Object> scenarios = (Map<String, Object>) doc.get("scenarios");
        if (scenarios == null) {
            scenarios = (Map<String, Object>) ((Map<String, Object>) YamlSource.single(RESOURCE, text(RESOURCE)).toJava())
                    .get("scenarios");
        }
        List<Case> out = new ArrayList<>();
        for (Object o : (List<Object>) doc.get("answers")) {
            Map<String, Object> a = (Map<String, Object>) o;
            out.add(new Case(String.valueOf(a.get("id")), String.valueOf(scenarios.get(String.valueOf(a.get("scenario")))),
                    Boolean.TRUE.equals(a.get("right")), a.get("claim") == null ? null : String.valueOf(a.get("claim")),
                    String.valueOf(a.get("text"))));
        }
        return out;
    }

    public static String text(String resource) {
        try (InputStream in = CheckerEval.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
