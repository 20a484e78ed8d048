package dev.numaadvisor.llm;

import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.session.Session;
import java.util.Map;
import java.util.function.Supplier;

/** What a front end needs to build its assistant: the chosen model, options and the environment (for keys). */
public record LlmSetup(ProviderSettings settings, LlmAssistant.Options options, Map<String, String> env) {
    public static final LlmSetup OFFLINE = new LlmSetup(ProviderSettings.OFFLINE, LlmAssistant.Options.defaults(true),
            Map.of());

    public LlmSetup {
        env = Map.copyOf(env);
    }

    public AssistantRouter router(Supplier<Session> session, OfflineAssistant offline) {
        return new AssistantRouter(settings, options, env, session, offline);
    }
}
