package dev.numaadvisor.app.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads the {@code knowledge/} pages packaged on the classpath (from a directory in tests, from
 * the fat jar in use), splitting each into front matter and paragraphs. Sorted by path. The
 * direct answers under {@code knowledge/answers/} are data, not pages: {@link #answers()} reads them.
 */
public final class KnowledgeLoader {
    private static final String ROOT = "knowledge/";
    static final String ANSWERS = ROOT + "answers/";

    private KnowledgeLoader() {
    }

    /**
     * Read and parsed once per process, on first use: the classpath's pages do not change while
     * it runs, and one answer asked for them several times (issue 15). A failed read is not kept.
     */
    private static TreeMap<String, String> texts;
    private static List<KnowledgePage> pages;

    /**
     * Every page except the answer files, sorted by path; the same immutable list on every call.
     * From the build's {@link KnowledgeSnapshot} when there is a current one, else from the markdown.
     */
    public static synchronized List<KnowledgePage> load() {
        if (pages == null) {
            KnowledgeSnapshot.Contents snapshot = KnowledgeSnapshot.current();
            pages = snapshot != null ? snapshot.pages() : fromMarkdown();
        }
        return pages;
    }

    /** Every page except the answer files, parsed from the markdown on the classpath. */
    static List<KnowledgePage> fromMarkdown() {
        List<KnowledgePage> out = new ArrayList<>();
        loadedTexts().forEach((path, text) -> {
            if (!path.startsWith(ANSWERS)) {
                out.add(parse(path, text));
            }
        });
        return List.copyOf(out);
    }

    private static synchronized TreeMap<String, String> loadedTexts() {
        if (texts == null) {
            texts = texts();
        }
        return texts;
    }

    /** The answer files ({@code knowledge/answers/*.md}): path → text, sorted by path. */
    public static TreeMap<String, String> answers() {
        TreeMap<String, String> out = new TreeMap<>();
        loadedTexts().forEach((path, text) -> {
            if (path.startsWith(ANSWERS)) {
                out.put(path, text);
            }
        });
        return out;
    }

    private static TreeMap<String, String> texts() {
        TreeMap<String, String> read = new TreeMap<>();
        try {
            Path location = Path.of(KnowledgeLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                fromDirectory(location, read);
            } else {
                fromJar(location, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return read;
    }

    private static void fromDirectory(Path classes, TreeMap<String, String> texts) throws IOException {
        Path root = classes.resolve(ROOT);
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
                String rel = classes.relativize(p).toString().replace('\\', '/');
                texts.put(rel, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    private static void fromJar(Path jar, TreeMap<String, String> texts) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.getName().startsWith(ROOT) && e.getName().endsWith(".md")) {
                    try (InputStream in = jf.getInputStream(e)) {
                        texts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    /** Front matter ({@code title:}, {@code tags: [a, b]}) then paragraphs; a heading joins the next paragraph. */
    static KnowledgePage parse(String path, String text) {
        String title = path;
        List<String> tags = new ArrayList<>();
        String body = text;
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            if (end > 0) {
                for (String line : text.substring(3, end).split("\n")) {
                    if (line.startsWith("title:")) {
                        title = line.substring(6).strip().replaceAll("^\"|\"$", "");
                    } else if (line.startsWith("tags:")) {
                        String list = line.substring(5).strip().replaceAll("^\\[|\\]$", "");
                        Arrays.stream(list.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
                    }
                }
                body = text.substring(text.indexOf('\n', end + 1) + 1);
            }
        }
        // HTML comments name the kubelet source for reviewers; readers are not shown them.
        body = body.replaceAll("(?s)\\s*<!--.*?-->", "");
        return new KnowledgePage(path, title, tags, paragraphs(body), body.strip());
    }

    private static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        String heading = "";
        for (String block : body.split("\\n\\s*\\n")) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            if (b.startsWith("#") && !b.contains("\n")) {
                heading = b.replaceAll("^#+\\s*", "");
                continue;
            }
            out.add(heading.isEmpty() ? b : heading + " — " + b);
        }
        return out;
    }
}
