package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every word is found with its id, whatever its bytes; other strings are not; a damaged file is refused. */
class SortedVocabularyTest {
    @TempDir
    Path dir;

    @Test
    void everyWordIsFoundWithItsId() throws IOException {
        String[] words = {"[PAD]", "[UNK]", "the", "##s", "é", "日", "a", "ab", "abc", "Z", "##", "\u00ff", "😀"};
        Path file = dir.resolve("v.bin");
        SortedVocabulary.write(words, file);
        SortedVocabulary v = SortedVocabulary.read(file);
        assertEquals(words.length, v.size());
        for (int id = 0; id < words.length; id++) {
            assertEquals(id, v.id(words[id]), words[id]);
            assertEquals(words[id], v.getToken(id));
        }
        for (String absent : new String[] {"", "b", "abcd", "##ss", "e", "the ", "[unk]"}) {
            assertEquals(-1, v.id(absent), absent);
            assertEquals(1, v.getIndex(absent), "unknown words are [UNK]'s id");
        }
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws IOException {
        Path file = dir.resolve("v.bin");
        SortedVocabulary.write(new String[] {"a", "b"}, file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, 12));
        assertThrows(IOException.class, () -> SortedVocabulary.read(file));
        Files.writeString(file, "not a vocabulary");
        assertThrows(IOException.class, () -> SortedVocabulary.read(file));
    }
}
