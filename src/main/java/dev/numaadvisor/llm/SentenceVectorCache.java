package dev.numaadvisor.llm;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence vectors kept between runs ({@code minilm-sentences-v1.bin} in the user's cache dir),
 * in the format the build also writes the answer cards' wordings in ({@link CardVectors}).
 * Embedding a sentence needs the model (about a second to load); reading its vector back costs
 * microseconds. The file is a plain map from sentence to vector. A cache that cannot be read or
 * written is ignored: the sentences are embedded again.
 */
final class SentenceVectorCache {
    private static final int MAGIC = 0x4e41_5631; // "NAV1"
    /** Beyond this many sentences the file is rewritten without the oldest (questions asked once). */
    private static final int MAX_SENTENCES = 20_000;
    /** writeUTF's limit; no one asks the same question of such length twice. */
    private static final int MAX_SENTENCE_CHARS = 8_000;

    private final Path file;

    SentenceVectorCache(Path file) {
        this.file = file;
    }

    Map<String, float[]> read() {
        if (file == null || !Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    /** The vectors in a class-path resource in this format; empty when it is missing or unreadable. */
    static Map<String, float[]> readResource(String name) {
        try (InputStream in = SentenceVectorCache.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? new LinkedHashMap<>() : read(in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    /**
     * The whole file at once, and each vector's floats in one bulk conversion: reading them one
     * readFloat() at a time was a quarter of a piped question's answer (issue 15).
     */
    private static Map<String, float[]> read(byte[] bytes) {
        Map<String, float[]> out = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                return out;
            }
            int count = in.readInt();
            int dimension = in.readInt();
            byte[] floats = new byte[dimension * Float.BYTES];
            for (int i = 0; i < count; i++) {
                String sentence = in.readUTF();
                in.readFully(floats);
                float[] v = new float[dimension];
                ByteBuffer.wrap(floats).asFloatBuffer().get(v); // big-endian, as DataOutputStream wrote them
                out.put(sentence, v);
            }
        } catch (IOException | RuntimeException e) {
            out.clear(); // a truncated or foreign file: embed again
        }
        return out;
    }

    void write(Map<String, float[]> vectors) {
        if (file == null || vectors.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "minilm-sentences", ".tmp");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                write(vectors, os);
            }
            // Atomic: two processes writing at once never leave a half-written cache.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A read-only home still answers; it embeds again next time.
        }
    }

    /** The newest {@link #MAX_SENTENCES} sentences (the map's last), each vector's floats in one bulk write. */
    static void write(Map<String, float[]> vectors, OutputStream os) throws IOException {
        List<Map.Entry<String, float[]>> kept = new ArrayList<>();
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            if (e.getKey().length() <= MAX_SENTENCE_CHARS) {
                kept.add(e);
            }
        }
        kept = kept.subList(Math.max(0, kept.size() - MAX_SENTENCES), kept.size());
        int dimension = kept.isEmpty() ? 0 : kept.get(0).getValue().length;
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(kept.size());
        out.writeInt(dimension);
        ByteBuffer floats = ByteBuffer.allocate(dimension * Float.BYTES); // big-endian, as readFloat reads
        for (Map.Entry<String, float[]> e : kept) {
            if (e.getValue().length != dimension) {
                throw new IOException("vectors of " + dimension + " and " + e.getValue().length + " numbers");
            }
            out.writeUTF(e.getKey());
            floats.clear();
            floats.asFloatBuffer().put(e.getValue());
            out.write(floats.array());
        }
        out.flush();
    }
}
