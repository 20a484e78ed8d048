package dev.numaadvisor.llm;

import dev.langchain4j.model.output.TokenUsage;
import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.session.Session;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends a question to the offline assistant or to the configured model. The LLM side is built on
 * the first question, never before the first prompt. Every model failure becomes one line and the
 * session is kept. Backs /model, /usage and /context.
 */
public final class AssistantRouter {
    private final Supplier<Session> session;
    private final OfflineAssistant offline;
    private final LlmAssistant.Options options;
    private final Map<String, String> env;
    private ProviderSettings settings;
    private LlmAssistant llm;
    /** One placeholder table per session: a /model switch keeps it, so placeholders stay stable. */
    private Redactor redactor;
    private final AtomicBoolean cancel = new AtomicBoolean();

    public AssistantRouter(ProviderSettings settings, LlmAssistant.Options options, Map<String, String> env,
                           Supplier<Session> session, OfflineAssistant offline) {
        this.settings = settings;
        this.options = options;
        this.env = env;
        this.session = session;
        this.offline = offline;
        // Offline answers match questions by meaning too; nothing loads until the first question.
        offline.embedWith(MiniLmEmbedder.shared());
    }

    /** An offline-only router (tests, --offline). */
    public static AssistantRouter offline(Supplier<Session> session, OfflineAssistant offline) {
        return new AssistantRouter(ProviderSettings.OFFLINE, LlmAssistant.Options.defaults(true), Map.of(), session,
                offline);
    }

    public ProviderSettings settings() {
        return settings;
    }

    /** Stops a streaming answer (Ctrl-C); the conversation and session stay. */
    public void cancel() {
        cancel.set(true);
    }

    /** The text to print; streamed lines go to {@code partials} (may be null) as they arrive. */
    public String answer(String question, Consumer<String> partials) {
        if (settings.offline()) {
            return offline.answer(session.get(), question);
        }
        cancel.set(false);
        try {
            LlmAssistant.Answer a = llm().ask(question, partials, cancel);
            String usage = usageLine(a.usage());
            if (cancel.get()) {
                return "\n[stopped; the session is kept]\n";
            }
            if (partials != null && !a.reprompted()) {
                // The streamed paragraphs were the checked answer: each was checked before it was shown.
                String notes = a.notes().isEmpty() ? "" : "\n> the placement block agrees with the simulator, so the"
                        + " provisional marks above stay notes on the prose; nothing was asked again\n";
                return notes + "\n" + usage;
            }
            String head = partials != null ? "\n── checked answer (replaces the provisional one above) ──\n" : "";
            return head + a.text().stripTrailing() + "\n" + usage;
        } catch (LlmAssistant.LlmException e) {
            return "error: " + e.getMessage() + " (the session is kept)";
        } catch (RuntimeException e) {
            // Connection refused and friends surface as bare RuntimeExceptions; never end the REPL.
            return "error: " + LlmErrors.describe(e, settings) + " (the session is kept)";
        }
    }

    LlmAssistant llm() {
        if (llm == null) {
            if (redactor == null) {
                redactor = new Redactor(options.redact());
            }
            llm = new LlmAssistant(settings, session, offline, options, redactor);
        }
        return llm;
    }

    /** The assistant if one was built (tests inspect its tool calls). */
    public LlmAssistant built() {
        return llm;
    }

    /** {@code /model}: shows; {@code /model offline}; {@code /model PROVIDER [MODEL] [BASE_URL]}. */
    public String model(String args) {
        if (args.isBlank()) {
            return "model: " + settings.describe();
        }
        List<String> words = Arrays.asList(args.trim().split("\\s+"));
        ProviderKind kind = ProviderKind.parse(words.get(0));
        String model = words.size() > 1 ? words.get(1) : null;
        String baseUrl = words.size() > 2 ? words.get(2) : null;
        if (baseUrl == null && kind == ProviderKind.OLLAMA) {
            baseUrl = ProviderResolver.ollamaHost(env.get("OLLAMA_HOST"));
        }
        String key = kind == ProviderKind.OFFLINE ? null
                : ProviderResolver.apiKey(kind, env, ProviderResolver.readConfig(ProviderResolver.configFile(env)));
        settings = new ProviderSettings(kind, model, baseUrl, key, "/model");
        llm = null;
        return "model: " + settings.describe();
    }

    public String usage() {
        if (llm == null) {
            return settings.offline() ? "usage: the offline assistant uses no tokens" : "usage: no question asked yet";
        }
        TokenUsage t = llm.totalUsage();
        return "usage: last answer " + usageLine(llm.lastUsage()).replace("(tokens: ", "").replace(")", "")
                + "; this session " + n(t.inputTokenCount()) + " in, " + n(t.outputTokenCount()) + " out";
    }

    public String context(String next) {
        if (settings.offline()) {
            return "offline: nothing is sent anywhere; the embedded assistant answers from the engine and knowledge/";
        }
        return llm().context(next);
    }

    private static String usageLine(TokenUsage u) {
        return u == null ? "(tokens: unknown)" : "(tokens: " + n(u.inputTokenCount()) + " in, "
                + n(u.outputTokenCount()) + " out)";
    }

    private static String n(Integer i) {
        return i == null ? "?" : String.valueOf(i);
    }
}
