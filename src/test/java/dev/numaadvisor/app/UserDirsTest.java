package dev.numaadvisor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.llm.KnowledgeEmbeddings;
import dev.numaadvisor.llm.ProviderResolver;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Config, cache and state follow HOME and the XDG variables, not Java's user.home. */
class UserDirsTest {
    @Test
    void homeComesFromTheEnvironment() {
        Map<String, String> env = Map.of("HOME", "/home/ada");
        assertEquals(Path.of("/home/ada/.config/numa-advisor/config.yaml"), ProviderResolver.configFile(env));
        assertEquals(Path.of("/home/ada/.cache/numa-advisor"), KnowledgeEmbeddings.defaultCacheDir(env));
        assertEquals(Path.of("/home/ada/.local/state/numa-advisor"), UserDirs.state(env));
    }

    @Test
    void xdgVariablesWinAndRelativeOnesAreIgnored() {
        Map<String, String> env = Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", "/etc/xdg-ada",
                "XDG_CACHE_HOME", "relative/cache", "XDG_STATE_HOME", "/var/state");
        assertEquals(Path.of("/etc/xdg-ada/numa-advisor/config.yaml"), ProviderResolver.configFile(env));
        assertEquals(Path.of("/home/ada/.cache/numa-advisor"), KnowledgeEmbeddings.defaultCacheDir(env));
        assertEquals(Path.of("/var/state/numa-advisor"), UserDirs.state(env));
    }

    @Test
    void withoutHomeJavasUserHomeIsTheLastResort() {
        assertEquals(Path.of(System.getProperty("user.home"), ".config", "numa-advisor"), UserDirs.config(Map.of()));
    }
}
