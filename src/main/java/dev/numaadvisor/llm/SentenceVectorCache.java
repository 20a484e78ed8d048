package dev.numaadvisor.llm;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence vectors kept between runs ({@code minilm-sentences-v1.bin} in the user's cache dir).
 * Embedding the answer cards' ~900 wordings costs about 2 s of CPU on every process's first
 * concept question; reading them back costs a few milliseconds. The file is a plain map from
 * sentence to vector, so a changed card only adds its new wordings. A cache that cannot be read
 * or written is ignored: the sentences are embedded again.
 */
final class SentenceVectorCache {
    private static final int MAGIC = 0x4e41_5631; // "NAV1"
    /** Beyond this many sentences the file is rewritten without the oldest (questions asked once). */
    private static final int MAX_SENTENCES = 20_000;

    private final Path file;

    SentenceVectorCache(Path file) {
        this.file = file;
    }

    Map<String, float[]> read() {
        Map<String, float[]> out = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        // The whole file at once, and each vector's floats in one bulk conversion: reading them
        // one readFloat() at a time was a quarter of a piped question's answer (issue 15).
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
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
            java.util.List<Map.Entry<String, float[]>> kept = new java.util.ArrayList<>();
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                if (e.getKey().length() <= 8_000) { // writeUTF's limit, and no one asks twice in such length
                    kept.add(e);
                }
            }
            kept = kept.subList(Math.max(0, kept.size() - MAX_SENTENCES), kept.size());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp));
                 DataOutputStream out = new DataOutputStream(os)) {
                out.writeInt(MAGIC);
                out.writeInt(kept.size());
                out.writeInt(kept.isEmpty() ? 0 : kept.get(0).getValue().length);
                for (Map.Entry<String, float[]> e : kept) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            // Atomic: two processes writing at once never leave a half-written cache.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A read-only home still answers; it embeds again next time.
        }
    }
}
