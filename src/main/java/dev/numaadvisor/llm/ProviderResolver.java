package dev.numaadvisor.llm;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Picks the model: flags beat the environment, the environment beats the config file
 * ({@code $XDG_CONFIG_HOME/numa-advisor/config.yaml}, default {@code ~/.config/…}), and with none
 * of them the offline assistant answers. {@code --offline} wins over everything. API keys come
 * only from the environment or the config file, never from a flag (flags land in shell history).
 */
public final class ProviderResolver {
    /** What the command line said; any field may be null. */
    public record Flags(String provider, String model, String baseUrl, boolean offline) {
        public static final Flags NONE = new Flags(null, null, null, false);
    }

    private ProviderResolver() {
    }

    public static ProviderSettings resolve(Flags flags, Map<String, String> env) {
        return resolve(flags, env, configFile(env));
    }

    public static ProviderSettings resolve(Flags flags, Map<String, String> env, Path configFile) {
        if (flags.offline()) {
            return new ProviderSettings(ProviderKind.OFFLINE, null, null, null, "--offline");
        }
        Map<String, Object> file = readConfig(configFile);
        String source = "flags";
        String provider = flags.provider();
        if (provider == null) {
            provider = env.get("NUMA_ADVISOR_PROVIDER");
            source = "env";
        }
        if (provider == null) {
            provider = str(file.get("provider"));
            source = "config file";
        }
        if (provider == null) {
            return ProviderSettings.OFFLINE;
        }
        ProviderKind kind = ProviderKind.parse(provider);
        String model = first(flags.model(), env.get("NUMA_ADVISOR_MODEL"), str(file.get("model")));
        String baseUrl = first(flags.baseUrl(), env.get("NUMA_ADVISOR_BASE_URL"),
                kind == ProviderKind.OLLAMA ? ollamaHost(env.get("OLLAMA_HOST")) : null, str(file.get("baseUrl")));
        return new ProviderSettings(kind, model, baseUrl, apiKey(kind, env, file), source);
    }

    /** The key for {@code kind}: env first, then the config file's {@code apiKey}. */
    static String apiKey(ProviderKind kind, Map<String, String> env, Map<String, Object> file) {
        if (kind == ProviderKind.OLLAMA || kind == ProviderKind.OFFLINE) {
            return null;
        }
        String fromEnv = kind == ProviderKind.OPENAI ? env.get("OPENAI_API_KEY")
                : kind == ProviderKind.ANTHROPIC ? env.get("ANTHROPIC_API_KEY") : null;
        return first(fromEnv, str(file.get("apiKey")));
    }

    /** OLLAMA_HOST may be {@code host:port} without a scheme, as the ollama CLI accepts. */
    static String ollamaHost(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        return host.startsWith("http://") || host.startsWith("https://") ? host : "http://" + host;
    }

    public static Path configFile(Map<String, String> env) {
        return dev.numaadvisor.app.UserDirs.config(env).resolve("config.yaml");
    }

    /** The file's top-level map; empty when it is missing. A broken file is an error naming its line. */
    static Map<String, Object> readConfig(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            YNode doc = YamlSource.single(file.toString(), Files.readString(file));
            Object java = doc.toJava();
            if (!(java instanceof Map)) {
                return Map.of();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) java;
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
