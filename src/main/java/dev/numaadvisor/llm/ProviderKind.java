package dev.numaadvisor.llm;

import java.util.Locale;

/** Where answers come from: the embedded offline assistant or one of the LLM APIs. */
public enum ProviderKind {
    OFFLINE, OPENAI, OLLAMA, ANTHROPIC;

    /** {@code openai}, {@code openai-compatible} (same wire format), {@code ollama}, {@code anthropic}, {@code offline}. */
    public static ProviderKind parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "offline":
            case "none":
                return OFFLINE;
            case "openai":
            case "openai-compatible":
            case "vllm":
            case "lmstudio":
            case "llamacpp":
                return OPENAI;
            case "ollama":
                return OLLAMA;
            case "anthropic":
            case "claude":
                return ANTHROPIC;
            default:
                throw new IllegalArgumentException("unknown provider \"" + name
                        + "\": use openai, ollama, anthropic or offline");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model used when none is named. */
    public String defaultModel() {
        switch (this) {
            case OPENAI:
                return "gpt-4o-mini";
            case OLLAMA:
                return "llama3.1";
            case ANTHROPIC:
                return "claude-3-5-haiku-latest";
            default:
                return "embedded";
        }
    }

    public String defaultBaseUrl() {
        switch (this) {
            case OPENAI:
                return "https://api.openai.com/v1";
            case OLLAMA:
                return "http://localhost:11434";
            case ANTHROPIC:
                return "https://api.anthropic.com/v1/";
            default:
                return null;
        }
    }
}
