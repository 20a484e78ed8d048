package dev.numaadvisor.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.check.AnswerFacts;
import dev.numaadvisor.app.check.AnswerGuard;
import dev.numaadvisor.app.check.ParagraphGate;
import dev.numaadvisor.app.check.Verdicts;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.admission.SimulationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An LLM conversation grounded in the engine: AiServices with {@link AdvisorTools}, the system
 * prompt, redaction on the way out and restoration on the way back, bounded retries on 429/5xx,
 * and every answer checked by {@link AnswerGuard} before it is shown: streamed text passes a
 * {@link ParagraphGate} paragraph by paragraph; one re-prompt on a mismatch, then a visible
 * warning. A failed turn leaves the conversation as it was before the question.
 */
public final class LlmAssistant {
    /** Tool calls per question before AiServices gives up: enough for simulate, explain, lint. */
    static final int MAX_TOOL_CALLS = 8;
    static final int MEMORY_MESSAGES = 40;

    /** Timeout per HTTP call, attempts per turn, and the first backoff (doubled per retry). */
    public record Options(Duration timeout, int attempts, Duration backoff, boolean redact) {
        public static Options defaults(boolean redact) {
            return new Options(Duration.ofSeconds(120), 3, Duration.ofSeconds(2), redact);
        }
    }

    /**
     * A checked answer for display (placeholders restored), the model's first text (restored,
     * unchecked, never shown as is), the tokens every turn of this question used (re-prompt
     * included), whether the model was re-prompted, and whether a warning was added.
     */
    /** {@code notes}: doubts about the prose that a placement block agreeing with the simulator outweighed. */
    public record Answer(String text, String raw, TokenUsage usage, boolean reprompted, boolean warned, List<String> notes) {
        public Answer {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** Thrown with a one-line, key-free message when the model cannot be reached or refuses. */
    public static final class LlmException extends RuntimeException {
        LlmException(String message) {
            super(message);
        }
    }

    private final ProviderSettings settings;
    private final Supplier<Session> session;
    private final Options options;
    private final Redactor redactor;
    private final AdvisorTools tools;
    private final MessageWindowChatMemory memory = MessageWindowChatMemory.withMaxMessages(MEMORY_MESSAGES);
    private final Advisor advisor;
    private final String systemPrompt = SystemPrompt.text();
    private TokenUsage total = new TokenUsage(0, 0, 0);
    private TokenUsage lastUsage;

    public LlmAssistant(ProviderSettings settings, Supplier<Session> session, OfflineAssistant knowledge, Options options) {
        this(settings, session, knowledge, options, new Redactor(options.redact()));
    }

    /** {@code redactor}: the session's one placeholder table, kept when the model changes. */
    public LlmAssistant(ProviderSettings settings, Supplier<Session> session, OfflineAssistant knowledge, Options options,
                        Redactor redactor) {
        this.settings = settings;
        this.session = session;
        this.options = options;
        this.redactor = redactor;
        // Hybrid retrieval: the embedding model loads on the model's first searchKnowledge call, not here.
        this.tools = new AdvisorTools(session, redactor, knowledge, new HybridSearch(knowledge::index,
                KnowledgeEmbeddings.defaultCacheDir(System.getenv())));
        this.advisor = AiServices.builder(Advisor.class)
                .chatModel(ChatModels.chat(settings, options.timeout()))
                .streamingChatModel(ChatModels.streaming(settings, options.timeout()))
                .chatMemory(memory)
                .systemMessageProvider(id -> systemPrompt)
                .tools(tools)
                .maxSequentialToolsInvocations(MAX_TOOL_CALLS)
                .toolArgumentsErrorHandler((error, ctx) -> ToolErrorHandlerResult.text(ToolErrors.json("bad arguments for "
                        + ToolArgumentErrors.describe(ctx.toolExecutionRequest().name(), error)
                        + "; send arguments as a JSON object matching the tool's schema")))
                .toolExecutionErrorHandler((error, ctx) -> ToolErrorHandlerResult.text(ToolErrors.json(
                        String.valueOf(error.getMessage()))))
                .hallucinatedToolNameStrategy(request -> ToolExecutionResultMessage.from(request,
                        ToolErrors.json("there is no tool named " + request.name() + "; the tools are " + toolNames())))
                .build();
    }

    public ProviderSettings settings() {
        return settings;
    }

    public AdvisorTools tools() {
        return tools;
    }

    public Redactor redactor() {
        return redactor;
    }

    public TokenUsage lastUsage() {
        return lastUsage;
    }

    public TokenUsage totalUsage() {
        return total;
    }

    /**
     * Asks and checks; {@code partials} (may be null) receives the streamed text paragraph by
     * paragraph, each one checked and marked before it is handed on, placeholders restored.
     */
    public Answer ask(String question, Consumer<String> partials, AtomicBoolean cancel) {
        redactor.learn(session.get());
        redactor.learnText(question);
        int callsBefore = tools.calls().size();
        AnswerGuard.Facts[] facts = {null};
        Supplier<AnswerGuard.Facts> factsOnce = () -> {
            if (facts[0] == null) {
                facts[0] = AnswerFacts.of(session.get(), question, simulatedSince(callsBefore));
            }
            return facts[0];
        };
        ParagraphGate gate = partials == null ? null : new ParagraphGate(factsOnce, partials);
        String text = turn(redactor.redact(question), gate, cancel);
        TokenUsage used = lastUsage;
        String raw = redactor.restore(text);
        AnswerGuard.Checked checked = AnswerGuard.check(raw, factsOnce.get());
        boolean warned = false;
        boolean reprompted = false;
        if (!checked.mismatches().isEmpty() && !cancel.get()) {
            reprompted = true;
            String again = turn(redactor.redact(reprompt(checked.mismatches(), factsOnce.get().result())), null,
                    cancel);
            used = sum(used, lastUsage);
            checked = AnswerGuard.check(redactor.restore(again), factsOnce.get());
            if (!checked.mismatches().isEmpty()) {
                warned = true;
                checked = new AnswerGuard.Checked(checked.text() + "\n\n⚠ This answer disagrees with the simulator: "
                        + String.join("; ", checked.mismatches()) + ". Trust /simulate and /why.",
                        checked.mismatches(), checked.linted());
            }
        }
        return new Answer(checked.text(), raw, used, reprompted, warned, checked.notes());
    }

    private boolean simulatedSince(int callsBefore) {
        List<AdvisorTools.Call> calls = tools.calls();
        return calls.subList(Math.min(callsBefore, calls.size()), calls.size()).stream()
                .anyMatch(c -> c.tool().equals("simulate"));
    }

    private static TokenUsage sum(TokenUsage a, TokenUsage b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static String reprompt(List<String> mismatches, SimulationResult result) {
        return "The checker compared your answer with the simulator and found: " + String.join("; ", mismatches)
                + ". The simulator decided: " + Verdicts.of(result, null) + ". The simulator's trace:\n"
                + String.join("\n", result.trace())
                + "\nRewrite the answer so every verdict, NUMA node, CPU id and device id matches the simulator.";
    }

    /** One model turn with bounded retries; the memory is rolled back when the turn fails. */
    private String turn(String message, ParagraphGate partials, AtomicBoolean cancel) {
        List<ChatMessage> before = new ArrayList<>(memory.messages());
        long backoff = options.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                String text = partials == null ? whole(message) : streamed(message, partials, cancel);
                if (cancel.get()) {
                    // A stopped answer is half a turn: forget it, so the next request is well-formed.
                    memory.set(before);
                }
                return text == null ? "" : text;
            } catch (RuntimeException e) {
                memory.set(before);
                if (attempt >= options.attempts() || !LlmErrors.retriable(e) || cancel.get()) {
                    throw new LlmException(LlmErrors.describe(e, settings));
                }
                sleep(backoff);
                backoff *= 2;
            }
        }
    }

    private String whole(String message) {
        Result<String> r = advisor.chat(message);
        count(r.tokenUsage());
        return r.content();
    }

    private String streamed(String message, ParagraphGate gate, AtomicBoolean cancel) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        StringBuilder all = new StringBuilder();
        LineBuffer lines = new LineBuffer(line -> gate.line(redactor.restore(line)));
        advisor.stream(message)
                .onPartialResponseWithContext((partial, ctx) -> {
                    if (cancel.get()) {
                        ctx.streamingHandle().cancel();
                        done.complete(null);
                        return;
                    }
                    all.append(partial.text());
                    lines.add(partial.text());
                })
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();
        ChatResponse response;
        try {
            response = done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                    : new RuntimeException(e.getCause());
        }
        if (response == null) {
            // Stopped: what is still held was never checked, so it is never shown.
            return all.toString();
        }
        lines.flush();
        gate.flush();
        count(response.tokenUsage());
        return response.aiMessage() == null || response.aiMessage().text() == null ? all.toString()
                : response.aiMessage().text();
    }

    private void count(TokenUsage usage) {
        lastUsage = usage;
        if (usage != null) {
            total = total.add(usage);
        }
    }

    /**
     * What the next request would carry, redacted exactly as sent: the system prompt, the
     * conversation so far, the tools offered, and the next question.
     */
    public String context(String nextQuestion) {
        StringBuilder sb = new StringBuilder("provider: ").append(settings.describe()).append('\n');
        sb.append("redaction: ").append(redactor.enabled() ? "on" : "off (--no-redact)").append("\n\n");
        sb.append("## system\n").append(systemPrompt).append("\n\n## history (").append(memory.messages().size())
                .append(" messages)\n");
        for (ChatMessage m : memory.messages()) {
            sb.append("### ").append(m.type().toString().toLowerCase(java.util.Locale.ROOT)).append('\n')
                    .append(sent(m)).append('\n');
        }
        sb.append("\n## tools offered\n");
        for (ToolSpecification t : ToolSpecifications.toolSpecificationsFrom(tools)) {
            sb.append("- ").append(t.name()).append(": ").append(t.description()).append('\n');
        }
        if (nextQuestion != null && !nextQuestion.isBlank()) {
            redactor.learn(session.get());
            sb.append("\n## next user message\n").append(redactor.redact(nextQuestion)).append('\n');
        }
        return sb.toString();
    }

    private String toolNames() {
        List<String> names = new ArrayList<>();
        ToolSpecifications.toolSpecificationsFrom(tools).forEach(t -> names.add(t.name()));
        return String.join(", ", names);
    }

    /** A message's text exactly as the provider receives it (already redacted), untruncated. */
    private static String sent(ChatMessage m) {
        if (m instanceof dev.langchain4j.data.message.UserMessage) {
            dev.langchain4j.data.message.UserMessage u = (dev.langchain4j.data.message.UserMessage) m;
            return u.hasSingleText() ? u.singleText() : String.valueOf(u.contents());
        }
        if (m instanceof dev.langchain4j.data.message.AiMessage) {
            dev.langchain4j.data.message.AiMessage a = (dev.langchain4j.data.message.AiMessage) m;
            StringBuilder sb = new StringBuilder(a.text() == null ? "" : a.text());
            if (a.hasToolExecutionRequests()) {
                a.toolExecutionRequests().forEach(r -> sb.append(sb.length() > 0 ? "\n" : "").append("tool call ")
                        .append(r.name()).append(' ').append(r.arguments()));
            }
            return sb.toString();
        }
        if (m instanceof ToolExecutionResultMessage) {
            ToolExecutionResultMessage t = (ToolExecutionResultMessage) m;
            return "result of " + t.toolName() + ": " + t.text();
        }
        if (m instanceof dev.langchain4j.data.message.SystemMessage) {
            return ((dev.langchain4j.data.message.SystemMessage) m).text();
        }
        throw new AssertionError(m);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects streamed fragments and hands on whole lines, so a placeholder is never split. */
    private static final class LineBuffer {
        private final Consumer<String> out;
        private final StringBuilder pending = new StringBuilder();

        LineBuffer(Consumer<String> out) {
            this.out = out;
        }

        void add(String fragment) {
            pending.append(fragment);
            int nl;
            while ((nl = pending.indexOf("\n")) >= 0) {
                out.accept(pending.substring(0, nl + 1));
                pending.delete(0, nl + 1);
            }
        }

        void flush() {
            if (pending.length() > 0) {
                out.accept(pending.toString());
                pending.setLength(0);
            }
        }
    }
}
