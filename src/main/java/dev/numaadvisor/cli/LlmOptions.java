package dev.numaadvisor.cli;

import dev.numaadvisor.llm.LlmAssistant;
import dev.numaadvisor.llm.LlmSetup;
import dev.numaadvisor.llm.ProviderResolver;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** The model flags shared by the root command, {@code repl}, {@code ask} and {@code eval}. */
public final class LlmOptions {
    @Option(names = "--provider", paramLabel = "NAME",
            description = "openai (or any OpenAI-compatible server), ollama, anthropic or offline.")
    String provider;

    @Option(names = "--model", paramLabel = "MODEL", description = "Model name, e.g. gpt-4o-mini, llama3.1.")
    String model;

    @Option(names = "--base-url", paramLabel = "URL", description = "API base URL, e.g. http://localhost:8000/v1.")
    String baseUrl;

    @Option(names = "--offline", description = "Use the embedded assistant: nothing leaves this machine.")
    boolean offline;

    @Option(names = "--no-redact", description = "Send node, host, pod and namespace names and IPs unredacted.")
    boolean noRedact;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-request timeout (default ${DEFAULT-VALUE}).")
    int timeoutSeconds = 120;

    /** Flags > env > config file > offline. */
    public LlmSetup setup(Map<String, String> env) {
        var settings = ProviderResolver.resolve(new ProviderResolver.Flags(provider, model, baseUrl, offline), env);
        var options = new LlmAssistant.Options(Duration.ofSeconds(timeoutSeconds), 3, Duration.ofSeconds(2), !noRedact);
        return new LlmSetup(settings, options, env);
    }

    /** Overrides from an outer command (root flags apply to the REPL it starts). */
    LlmOptions orElse(LlmOptions outer) {
        if (outer == null) {
            return this;
        }
        LlmOptions o = new LlmOptions();
        o.provider = provider != null ? provider : outer.provider;
        o.model = model != null ? model : outer.model;
        o.baseUrl = baseUrl != null ? baseUrl : outer.baseUrl;
        o.offline = offline || outer.offline;
        o.noRedact = noRedact || outer.noRedact;
        o.timeoutSeconds = timeoutSeconds != 120 ? timeoutSeconds : outer.timeoutSeconds;
        return o;
    }
}
