package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags > env > config file > offline; --offline beats all; keys never printed. */
class ProviderResolverTest {
    private static final ProviderResolver.Flags NONE = ProviderResolver.Flags.NONE;

    @Test
    void nothingConfiguredIsOffline(@TempDir Path dir) {
        assertTrue(ProviderResolver.resolve(NONE, Map.of(), dir.resolve("none.yaml")).offline());
    }

    @Test
    void precedence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, "provider: anthropic\nmodel: claude-file\napiKey: file-key\n");
        ProviderSettings fromFile = ProviderResolver.resolve(NONE, Map.of(), file);
        assertEquals(ProviderKind.ANTHROPIC, fromFile.kind());
        assertEquals("claude-file", fromFile.model());
        assertEquals("file-key", fromFile.apiKey());
        assertEquals("config file", fromFile.source());

        Map<String, String> env = Map.of("NUMA_ADVISOR_PROVIDER", "openai", "NUMA_ADVISOR_MODEL", "gpt-env",
                "OPENAI_API_KEY", "env-key", "NUMA_ADVISOR_BASE_URL", "http://localhost:8000/v1");
        ProviderSettings fromEnv = ProviderResolver.resolve(NONE, env, file);
        assertEquals(ProviderKind.OPENAI, fromEnv.kind());
        assertEquals("gpt-env", fromEnv.model());
        assertEquals("env-key", fromEnv.apiKey());
        assertEquals("http://localhost:8000/v1", fromEnv.baseUrl());

        ProviderSettings fromFlags = ProviderResolver.resolve(
                new ProviderResolver.Flags("ollama", "qwen2.5", null, false), Map.of("OLLAMA_HOST", "gpu-box:11434"), file);
        assertEquals(ProviderKind.OLLAMA, fromFlags.kind());
        assertEquals("qwen2.5", fromFlags.model());
        assertEquals("http://gpu-box:11434", fromFlags.baseUrl());
        assertNull(fromFlags.apiKey());

        assertTrue(ProviderResolver.resolve(new ProviderResolver.Flags("openai", null, null, true), env, file).offline());
    }

    @Test
    void xdgConfigHomeIsHonoured() {
        assertEquals(Path.of("/x/numa-advisor/config.yaml"), ProviderResolver.configFile(Map.of("XDG_CONFIG_HOME", "/x")));
    }

    @Test
    void keysAreNeverPrinted() {
        ProviderSettings s = new ProviderSettings(ProviderKind.OPENAI, null, null, "sk-very-secret", "env");
        assertFalse(s.toString().contains("sk-very-secret"));
        assertFalse(s.describe().contains("sk-very-secret"));
        assertTrue(s.describe().contains("API key set"));
        assertEquals("gpt-4o-mini", s.model());
    }

    @Test
    void unknownProviderNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProviderKind.parse("gemini"));
        assertTrue(e.getMessage().contains("openai, ollama, anthropic or offline"));
    }
}
