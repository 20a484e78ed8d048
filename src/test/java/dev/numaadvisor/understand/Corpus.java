package dev.numaadvisor.understand;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.repl.BatchShell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The corpus files and the piped REPL they run through. */
final class Corpus {
    /** What the REPL printed for the turns, and the session it ended with. */
    record Run(String reply, JsonNode session) {
    }

    private Corpus() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/understanding/" + name)) {
            return (List<Map<String, Object>>) new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids listed in {@code known-failing.txt}: phrasings the reader still gets wrong, named in the closing note. */
    static java.util.Set<String> knownFailing() {
        try (InputStream in = Corpus.class.getResourceAsStream("/understanding/known-failing.txt")) {
            java.util.Set<String> ids = new java.util.TreeSet<>();
            if (in != null) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String id = line.replaceAll("#.*", "").strip();
                    if (!id.isEmpty()) {
                        ids.add(id);
                    }
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> turns(Map<String, Object> c) {
        Object say = c.get("say");
        return say instanceof List ? (List<String>) say : List.of(String.valueOf(say));
    }

    /** The turns, then {@code extra} commands, piped into the REPL as a user's stdin would be. */
    static Run pipe(List<String> turns, String... extra) {
        List<String> lines = new ArrayList<>();
        for (String t : turns) {
            // A turn typed over several lines arrives as one line per line, as piped stdin does.
            lines.add(t.strip());
        }
        lines.addAll(List.of(extra));
        lines.add("/session json");
        StringWriter out = new StringWriter();
        // Errors go to stderr; a user's screen shows both in order, and so does this one writer.
        PrintWriter screen = new PrintWriter(out);
        BatchShell.run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), screen, screen);
        String all = out.toString().stripTrailing();
        int cut = all.lastIndexOf("\n{\"node\"");
        String json = cut < 0 ? all : all.substring(cut + 1);
        String reply = cut < 0 ? "" : all.substring(0, cut);
        try {
            return new Run(reply, Json.mapper().readTree(json));
        } catch (IOException e) {
            throw new AssertionError("no session JSON at the end of:\n" + all, e);
        }
    }
}
