package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer cards' vectors survive the process; a broken cache file is ignored, never fatal. */
class SentenceVectorCacheTest {
    @TempDir
    Path dir;

    @Test
    void vectorsRoundTripInOrder() {
        SentenceVectorCache cache = new SentenceVectorCache(dir.resolve("sub/v.bin"));
        Map<String, float[]> in = new LinkedHashMap<>();
        in.put("what does full-pcpus-only do?", new float[] {0.5f, -1f, 2.25f});
        in.put("Ünïcode — ok", new float[] {1f, 2f, 3f});
        in.put("x".repeat(9_000), new float[] {9f, 9f, 9f}); // too long to keep
        cache.write(in);
        Map<String, float[]> out = cache.read();
        assertEquals(2, out.size(), out.keySet().toString());
        assertArrayEquals(new float[] {0.5f, -1f, 2.25f}, out.get("what does full-pcpus-only do?"));
        assertArrayEquals(new float[] {1f, 2f, 3f}, out.get("Ünïcode — ok"));
    }

    @Test
    void aForeignOrTruncatedFileIsIgnored() throws Exception {
        Path file = dir.resolve("v.bin");
        Files.write(file, new byte[] {0x4e, 0x41, 0x56, 0x31, 0, 0, 0, 5});
        assertTrue(new SentenceVectorCache(file).read().isEmpty());
        Files.writeString(file, "not a cache");
        assertTrue(new SentenceVectorCache(file).read().isEmpty());
    }
}
