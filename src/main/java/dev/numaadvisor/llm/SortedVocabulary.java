package dev.numaadvisor.llm;

import ai.djl.modality.nlp.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;

/**
 * MiniLM's 30,522 word pieces in one file sorted by their bytes, searched as read: a question
 * looks up a few hundred pieces, and building a hash map of every word first took 0.03-0.08 s
 * of a never-asked question (issue 15). Layout: magic, count, then per word in sorted order its
 * offset into the text and its id, then the words' UTF-8 bytes back to back.
 */
final class SortedVocabulary implements Vocabulary {
    private static final int MAGIC = 0x4e41_5756; // "NAWV"
    private static final int HEADER_BYTES = 8;

    private final ByteBuffer file;
    private final int count;
    private final int textStart;

    private SortedVocabulary(ByteBuffer file) throws IOException {
        this.file = file;
        if (file.limit() < HEADER_BYTES || file.getInt(0) != MAGIC) {
            throw new IOException("not a word-piece vocabulary file");
        }
        this.count = file.getInt(4);
        this.textStart = HEADER_BYTES + count * 8;
        if (count <= 0 || textStart > file.limit()) {
            throw new IOException("a truncated word-piece vocabulary file");
        }
    }

    static SortedVocabulary read(Path path) throws IOException {
        return new SortedVocabulary(ByteBuffer.wrap(Files.readAllBytes(path)));
    }

    /** Writes the words (index = id) sorted, through a temp file moved into place. */
    static void write(String[] wordsById, Path path) throws IOException {
        byte[][] bytes = new byte[wordsById.length][];
        Integer[] order = new Integer[wordsById.length];
        for (int i = 0; i < wordsById.length; i++) {
            bytes[i] = wordsById[i].getBytes(StandardCharsets.UTF_8);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> bytes[i], Arrays::compareUnsigned));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(wordsById.length);
        int offset = 0;
        for (Integer i : order) {
            out.writeInt(offset);
            out.writeInt(i);
            offset += bytes[i].length;
        }
        for (Integer i : order) {
            out.write(bytes[i]);
        }
        Path tmp = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, buffer.toByteArray());
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The word's id, or -1 when it is not a word piece. */
    int id(String word) {
        byte[] key = word.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compareTo(mid, key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return file.getInt(HEADER_BYTES + mid * 8 + 4);
            }
        }
        return -1;
    }

    /** Entry {@code entry}'s bytes against {@code key}, unsigned, as they were sorted. */
    private int compareTo(int entry, byte[] key) {
        int start = textStart + file.getInt(HEADER_BYTES + entry * 8);
        int end = entry + 1 < count ? textStart + file.getInt(HEADER_BYTES + (entry + 1) * 8) : file.limit();
        int n = Math.min(end - start, key.length);
        for (int k = 0; k < n; k++) {
            int c = Byte.toUnsignedInt(file.get(start + k)) - Byte.toUnsignedInt(key[k]);
            if (c != 0) {
                return c;
            }
        }
        return (end - start) - key.length;
    }

    @Override
    public boolean contains(String token) {
        return id(token) >= 0;
    }

    @Override
    public long getIndex(String token) {
        int id = id(token);
        return id >= 0 ? id : id("[UNK]");
    }

    /** By id: a walk over every word, which the tokenizer never needs. */
    @Override
    public String getToken(long index) {
        for (int entry = 0; entry < count; entry++) {
            if (file.getInt(HEADER_BYTES + entry * 8 + 4) == index) {
                int start = textStart + file.getInt(HEADER_BYTES + entry * 8);
                int end = entry + 1 < count ? textStart + file.getInt(HEADER_BYTES + (entry + 1) * 8) : file.limit();
                return new String(file.array(), start, end - start, StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("no word piece has id " + index);
    }

    @Override
    public long size() {
        return count;
    }
}
