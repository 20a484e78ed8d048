package dev.numaadvisor.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine is pure: core imports only java.lang, java.util, java.math and other core packages. */
class CorePurityTest {
    private static final Path CORE = Path.of("src/main/java/dev/numaadvisor/core");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern FORBIDDEN_CALLS = Pattern.compile(
            "System\\.(out|err|in|currentTimeMillis|nanoTime|getenv|exit)|new\\s+Random|Math\\.random|java\\.io\\.|java\\.nio\\.|java\\.time\\.");

    @Test
    void coreImportsNothingButTheJdkBasicsAndCore() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(CORE)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                String src = Files.readString(p);
                Matcher m = IMPORT.matcher(src);
                while (m.find()) {
                    String imported = m.group(2);
                    // java.math is exact arithmetic (quantities), not I/O: it keeps the engine pure.
                    boolean ok = imported.startsWith("java.util.") || imported.startsWith("java.lang.")
                            || imported.startsWith("java.math.")
                            || imported.startsWith("dev.numaadvisor.core.");
                    if (!ok || imported.startsWith("java.util.logging")) {
                        violations.add(p + ": import " + imported);
                    }
                }
                Matcher call = FORBIDDEN_CALLS.matcher(src);
                while (call.find()) {
                    violations.add(p + ": uses " + call.group());
                }
            }
        }
        assertTrue(files > 10, "expected the core sources under " + CORE);
        assertEquals(List.of(), violations);
    }
}
