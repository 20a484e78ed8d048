package dev.numaadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.adapter.json.ExpectedMatcher;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.app.FileOutcome;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs the same use case over several files in one JVM (contract: "Several files may be given at
 * once"). With {@code --output json} one file prints its result, several print JSON Lines with a
 * {@code "file"} field; a file that cannot be read or parsed prints
 * {@code {"file", "error": {"message", "line", "column"}}} (line and column null when unknown)
 * and the others still run. {@code -} reads stdin. With {@code check}, each result is compared
 * with the file's {@code expected} block and the first difference goes to stderr.
 * Exit code: 2 if any file was bad input, else 1 if any check failed, else 0.
 */
public final class BatchRunner {
    public static final String STDIN = "-";

    private final PrintWriter out;
    private final PrintWriter err;
    private final Supplier<InputStream> stdin;

    public BatchRunner(PrintWriter out, PrintWriter err) {
        this(out, err, () -> System.in);
    }

    public BatchRunner(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    /**
     * @param job reads one file's text (named for positions) and returns its outcome; throws
     *     {@link InputException} on bad input
     */
    public int run(List<String> files, OutputFormat format, boolean check,
                   BiFunction<String, String, FileOutcome> job) {
        int exit = ExitCodes.OK;
        boolean several = files.size() > 1;
        // Files are independent: compute them on all cores, then print in the order given. A JSON
        // line is rendered on the core that computed it, and only its text is kept: 500 result
        // trees waiting for the printer were most of the heap, and their rendering one core's work.
        boolean renderEarly = format == OutputFormat.JSON && several && !check;
        Object[] results = new Object[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel()
                .forEach(i -> results[i] = renderEarly ? jsonLine(files.get(i), compute(files.get(i), job))
                        : compute(files.get(i), job));
        for (int i = 0; i < files.size(); i++) {
            exit = worse(exit, report(files.get(i), results[i], format, check, several));
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** Bad input (2) outranks a failed check (1), which outranks success (0). */
    static int worse(int a, int b) {
        if (a == ExitCodes.BAD_INPUT || b == ExitCodes.BAD_INPUT) {
            return ExitCodes.BAD_INPUT;
        }
        return Math.max(a, b);
    }

    /** The file's outcome, or the InputException that its bad input raised. */
    private Object compute(String file, BiFunction<String, String, FileOutcome> job) {
        try {
            return job.apply(file, read(file));
        } catch (InputException e) {
            return e;
        }
    }

    /** A file's JSON line, printed as it is (the same text {@link #print} writes). */
    private record JsonLine(String text) {
    }

    private static Object jsonLine(String file, Object result) {
        return result instanceof FileOutcome
                ? new JsonLine(Json.compact(withFile(file, ((FileOutcome) result).json()))) : result;
    }

    private int report(String file, Object result, OutputFormat format, boolean check, boolean several) {
        if (result instanceof JsonLine) {
            out.println(((JsonLine) result).text());
            return ExitCodes.OK;
        }
        if (result instanceof InputException) {
            reportProblems(file, ((InputException) result).problems(), format, several);
            return ExitCodes.BAD_INPUT;
        }
        FileOutcome outcome = (FileOutcome) result;
        print(file, outcome, format, several);
        return check ? check(file, outcome) : ExitCodes.OK;
    }

    private String read(String file) {
        try {
            if (STDIN.equals(file)) {
                try (InputStream in = stdin.get()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.charset.CharacterCodingException ? "not UTF-8 text"
                    : String.valueOf(e.getMessage());
            throw new InputException(new Problem(Problem.Kind.INVALID, "", new SourcePosition(file, 0, 0), null,
                    "cannot read the file: " + why, null));
        }
    }

    private void print(String file, FileOutcome outcome, OutputFormat format, boolean several) {
        if (format == OutputFormat.JSON) {
            out.println(several ? Json.compact(withFile(file, outcome.json())) : Json.pretty(outcome.json()));
        } else {
            if (several) {
                out.println("== " + file + " ==");
            }
            out.print(outcome.text());
            if (several) {
                out.println();
            }
        }
    }

    private static ObjectNode withFile(String file, JsonNode result) {
        ObjectNode line = Json.object();
        line.put("file", file);
        Iterator<Map.Entry<String, JsonNode>> fields = result.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            line.set(field.getKey(), field.getValue());
        }
        return line;
    }

    private void reportProblems(String file, List<Problem> problems, OutputFormat format, boolean several) {
        for (Problem p : problems) {
            err.println("error: " + p);
        }
        if (format == OutputFormat.JSON && several) {
            Problem first = problems.get(0);
            ObjectNode line = Json.object();
            line.put("file", file);
            ObjectNode error = line.putObject("error");
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            error.put("message", first.message() + more);
            SourcePosition pos = first.position();
            if (pos != null && pos.line() > 0) {
                error.put("line", pos.line());
                error.put("column", pos.column());
            } else {
                error.putNull("line");
                error.putNull("column");
            }
            out.println(Json.compact(line));
        }
    }

    private int check(String file, FileOutcome outcome) {
        if (outcome.expected() == null) {
            err.println(file + ": --check: the file has no expected block to compare with");
            return ExitCodes.FINDINGS;
        }
        Optional<ExpectedMatcher.Mismatch> mismatch = ExpectedMatcher.match(outcome.expected(), outcome.json());
        if (mismatch.isPresent()) {
            err.println(file + ": check failed at " + mismatch.get().message());
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }
}
