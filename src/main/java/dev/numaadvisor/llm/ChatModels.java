package dev.numaadvisor.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Builds LangChain4j chat models for a {@link ProviderSettings}. The models' own retries are off:
 * {@link LlmAssistant} retries 429/5xx itself so it can keep the conversation consistent.
 */
public final class ChatModels {
    /** Ollama's default context window silently truncates our system prompt and tools. */
    static final int OLLAMA_CONTEXT_TOKENS = 16384;

    private ChatModels() {
    }

    public static ChatModel chat(ProviderSettings s, Duration timeout) {
        switch (s.kind()) {
            case OPENAI:
                return OpenAiChatModel.builder().httpClientBuilder(http11(timeout)).baseUrl(s.baseUrl())
                        .apiKey(keyOrPlaceholder(s)).modelName(s.model()).timeout(timeout).maxRetries(0).build();
            case OLLAMA:
                return OllamaChatModel.builder().httpClientBuilder(http11(timeout)).baseUrl(s.baseUrl())
                        .modelName(s.model()).numCtx(OLLAMA_CONTEXT_TOKENS).timeout(timeout).maxRetries(0).build();
            case ANTHROPIC:
                return AnthropicChatModel.builder().httpClientBuilder(http11(timeout)).baseUrl(s.baseUrl())
                        .apiKey(keyOrPlaceholder(s)).modelName(s.model()).maxTokens(2048).timeout(timeout)
                        .maxRetries(0).build();
            default:
                throw new IllegalArgumentException("the offline assistant has no chat model");
        }
    }

    public static StreamingChatModel streaming(ProviderSettings s, Duration timeout) {
        switch (s.kind()) {
            case OPENAI:
                return OpenAiStreamingChatModel.builder().httpClientBuilder(http11(timeout)).baseUrl(s.baseUrl())
                        .apiKey(keyOrPlaceholder(s)).modelName(s.model()).timeout(timeout).build();
            case OLLAMA:
                return OllamaStreamingChatModel.builder().httpClientBuilder(http11(timeout)).baseUrl(s.baseUrl())
                        .modelName(s.model()).numCtx(OLLAMA_CONTEXT_TOKENS).timeout(timeout).build();
            case ANTHROPIC:
                return AnthropicStreamingChatModel.builder().httpClientBuilder(http11(timeout)).baseUrl(s.baseUrl())
                        .apiKey(keyOrPlaceholder(s)).modelName(s.model()).maxTokens(2048).timeout(timeout).build();
            default:
                throw new IllegalArgumentException("the offline assistant has no chat model");
        }
    }

    /**
     * vLLM, LM Studio and llama.cpp's server mishandle the JDK client's HTTP/2 upgrade
     * (LangChain4j #3682, #3883); HTTP/1.1 works everywhere, the public APIs included.
     */
    static JdkHttpClientBuilder http11(Duration timeout) {
        return new JdkHttpClientBuilder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                .connectTimeout(timeout).readTimeout(timeout);
    }

    /** Local OpenAI-compatible servers need no key, but the client refuses a null one. */
    private static String keyOrPlaceholder(ProviderSettings s) {
        return s.apiKey() == null ? "no-key" : s.apiKey();
    }
}
