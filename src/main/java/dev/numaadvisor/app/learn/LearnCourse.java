package dev.numaadvisor.app.learn;

import java.util.List;
import java.util.Random;

/**
 * The {@code /learn} course: an endless, deterministic sequence of exercises (exercise i of seed
 * s is always the same), one open at a time, graded by the simulator. It owns its own sessions,
 * so the REPL's node, config and pods are never touched.
 */
public final class LearnCourse {
    /** The seed used when none is given, so two new users see the same first exercises. */
    public static final long DEFAULT_SEED = 1;

    private final long seed;
    private int number;
    private int right;
    private int answered;
    private Exercise open;

    public LearnCourse(long seed) {
        this.seed = seed;
    }

    /** Exercise {@code i} (0-based) of {@code seed}: the template rotates, its parameters are seeded. */
    public static Exercise exercise(long seed, int i) {
        List<ExerciseTemplates.Template> all = ExerciseTemplates.ALL;
        ExerciseTemplates.Template t = all.get(Math.floorMod(seed + i, all.size()));
        return t.make().apply(new Random(seed * 1_000_003L + i));
    }

    public static int templateCount() {
        return ExerciseTemplates.ALL.size();
    }

    public boolean active() {
        return open != null;
    }

    public Exercise current() {
        return open;
    }

    /** Starts the course, or shows the open exercise again. */
    public String start() {
        if (open == null) {
            open = exercise(seed, number);
        }
        return show();
    }

    /** Grades {@code text}; a text that is no answer of the right kind keeps the exercise open. */
    public String answer(String text) {
        Grade g = Grade.of(open, text);
        if (!g.understood()) {
            return "That is not " + open.kind().hint() + ". Answer the exercise, or /learn skip, /learn stop.\n";
        }
        answered++;
        right += g.right() ? 1 : 0;
        String verdict = g.right() ? "Right: " + open.expected() + "." : "Not quite: the simulator says "
                + open.expected() + ", you said " + Grade.normalise(open.kind(), text) + ".";
        return verdict + "\n" + explanation() + advance();
    }

    public String skip() {
        if (open == null) {
            return start();
        }
        return "Skipped. The answer is " + open.expected() + ".\n" + explanation() + advance();
    }

    public String stop() {
        open = null;
        return "Stopped after " + answered + " answer(s), " + right + " right. /learn starts again where you left off."
                + " Your session is as it was.\n";
    }

    private String advance() {
        number++;
        open = exercise(seed, number);
        return "\n" + show();
    }

    private String show() {
        return "Exercise " + (number + 1) + " (" + open.template() + ")\n" + open.setup() + "\n\n" + open.question()
                + "\nAnswer with " + open.kind().hint() + " (or /learn skip, /learn stop).\n";
    }

    private String explanation() {
        StringBuilder sb = new StringBuilder("Why, in the simulator's words:\n");
        open.trace().forEach(line -> sb.append("  ").append(line).append('\n'));
        return sb.toString();
    }
}
