package dev.numaadvisor.app.assistant;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The knowledge base as the assistant reads it, written once at build time ({@code mvn
 * process-classes} runs {@link #main} into {@code knowledge-snapshot.bin} next to the pages):
 * the parsed pages, the answer cards and the BM25 figures of every paragraph. A piped question
 * read the 109 markdown files out of a 55 MB jar, parsed them and tokenised every paragraph
 * before answering (issue 15); reading this file instead takes a few milliseconds. The result
 * is the same objects (KnowledgeSnapshotTest). Without the file, or with one older than a page
 * (an IDE that copied an edited page but did not rebuild), everything is read from the markdown.
 */
public final class KnowledgeSnapshot {
    static final String RESOURCE = "knowledge-snapshot.bin";
    private static final int MAGIC = 0x4e41_4b53; // "NAKS"
    /** Raised whenever the layout below changes; another version is ignored (read from markdown). */
    private static final int VERSION = 2;
    /** Far above any page; a larger length means a damaged file, not a reason to allocate it. */
    private static final int MAX_STRING_BYTES = 1 << 24;

    /**
     * The rule lookup's keys (first in the file: most questions need nothing else), the pages
     * (sorted by path), the answer cards (file then section order) and the paragraphs' BM25 figures.
     */
    record Contents(RuleLookup.Keys rules, List<KnowledgePage> pages, List<AnswerCard> cards,
                    KnowledgeIndex.Stats stats) {
        Contents {
            pages = List.copyOf(pages);
            cards = List.copyOf(cards);
        }
    }

    private static boolean looked;
    private static Contents current;
    private static boolean lookedForRules;
    private static RuleLookup.Keys rules;

    private KnowledgeSnapshot() {
    }

    /** Writes the snapshot of the classpath's markdown to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(fromMarkdown(), os);
        }
    }

    /** Everything read from the markdown files themselves. */
    static Contents fromMarkdown() {
        List<KnowledgePage> pages = KnowledgeLoader.fromMarkdown();
        return new Contents(RuleLookup.keys(KnowledgeIndex.withParagraphs(pages)), pages, AnswerCards.fromMarkdown(),
                new KnowledgeIndex(pages).stats());
    }

    /** The build's snapshot, read once per process; null when there is none or it is stale or unreadable. */
    static synchronized Contents current() {
        if (!looked) {
            looked = true;
            current = readCurrent();
        }
        return current;
    }

    /**
     * Only the rule lookup's keys of the build's snapshot, read once per process (the head of the
     * file; a scenario or a concept question is checked against them first); null as {@link #current}.
     */
    static synchronized RuleLookup.Keys rules() {
        if (!lookedForRules) {
            lookedForRules = true;
            try (InputStream in = open()) {
                DataInputStream data = in == null ? null : new DataInputStream(new BufferedInputStream(in));
                rules = data != null && header(data) ? rules(data) : null;
            } catch (IOException | RuntimeException e) {
                rules = null;
            }
        }
        return rules;
    }

    private static Contents readCurrent() {
        try (InputStream in = open()) {
            return in == null ? null : read(new BufferedInputStream(in));
        } catch (IOException | RuntimeException e) {
            return null; // the markdown is still there
        }
    }

    /** The build's snapshot to read, or null when there is none or it is stale. */
    private static InputStream open() throws IOException {
        try {
            Path location = Path.of(
                    KnowledgeSnapshot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location) && !fresh(location)) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return KnowledgeSnapshot.class.getClassLoader().getResourceAsStream(RESOURCE);
    }

    /** In a classes directory: the snapshot exists and no page was copied there after it was written. */
    private static boolean fresh(Path classes) throws IOException {
        Path snapshot = classes.resolve(RESOURCE);
        if (!Files.isRegularFile(snapshot)) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(snapshot);
        try (Stream<Path> files = Files.walk(classes.resolve("knowledge"))) {
            return files.filter(f -> f.toString().endsWith(".md")).allMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(written) <= 0;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    static void write(Contents c, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(c.rules().byId().size());
        for (Map.Entry<String, String> e : c.rules().byId().entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
        out.writeInt(c.rules().byMessage().size());
        for (Map.Entry<String, List<String>> e : c.rules().byMessage().entrySet()) {
            string(out, e.getKey());
            strings(out, e.getValue());
        }
        out.writeInt(c.pages().size());
        for (KnowledgePage p : c.pages()) {
            string(out, p.path());
            string(out, p.title());
            strings(out, p.tags());
            strings(out, p.paragraphs());
            string(out, p.body());
        }
        out.writeInt(c.cards().size());
        for (AnswerCard card : c.cards()) {
            string(out, card.id());
            string(out, card.answer());
            strings(out, card.asks());
            strings(out, card.pages());
            string(out, card.file());
        }
        out.writeInt(c.stats().documentCount());
        out.writeDouble(c.stats().averageLength());
        out.writeInt(c.stats().documentFrequency().size());
        // Sorted, so the same pages always give the same bytes.
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(c.stats().documentFrequency()).entrySet()) {
            string(out, e.getKey());
            out.writeInt(e.getValue());
        }
        out.flush();
    }

    static Contents read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (!header(in)) {
            return null;
        }
        RuleLookup.Keys rules = rules(in);
        List<KnowledgePage> pages = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            pages.add(new KnowledgePage(string(in), string(in), strings(in), strings(in), string(in)));
        }
        List<AnswerCard> cards = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            cards.add(new AnswerCard(string(in), string(in), strings(in), strings(in), string(in)));
        }
        int documentCount = in.readInt();
        double averageLength = in.readDouble();
        int terms = in.readInt();
        Map<String, Integer> documentFrequency = new HashMap<>(terms * 2);
        for (int i = 0; i < terms; i++) {
            documentFrequency.put(string(in), in.readInt());
        }
        KnowledgeIndex.Stats stats = new KnowledgeIndex.Stats(documentCount, averageLength, documentFrequency);
        return new Contents(rules, pages, cards, stats);
    }

    private static boolean header(DataInputStream in) throws IOException {
        return in.readInt() == MAGIC && in.readInt() == VERSION;
    }

    private static RuleLookup.Keys rules(DataInputStream in) throws IOException {
        Map<String, String> byId = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            byId.put(string(in), string(in));
        }
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            byMessage.put(string(in), strings(in));
        }
        return new RuleLookup.Keys(byId, byMessage);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("not a knowledge snapshot: a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }
}
