package dev.numaadvisor.llm;

/**
 * The resolved choice of model: provider, model name, base URL (null = provider default), API key
 * (null when the provider needs none) and where the choice came from. {@link #toString()} and
 * {@link #describe()} never contain the key.
 */
public record ProviderSettings(ProviderKind kind, String model, String baseUrl, String apiKey, String source) {
    public static final ProviderSettings OFFLINE =
            new ProviderSettings(ProviderKind.OFFLINE, "embedded", null, null, "default");

    public ProviderSettings {
        if (kind == null) {
            throw new IllegalArgumentException("provider kind is required");
        }
        model = model == null || model.isBlank() ? kind.defaultModel() : model.trim();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? kind.defaultBaseUrl() : baseUrl.trim();
    }

    public boolean offline() {
        return kind == ProviderKind.OFFLINE;
    }

    /** One line for /model and the banner: {@code openai gpt-4o-mini at https://… (from env), key set}. */
    public String describe() {
        if (offline()) {
            return "offline (embedded assistant, nothing leaves this machine)";
        }
        String key = kind == ProviderKind.OLLAMA ? "" : apiKey == null ? ", no API key" : ", API key set";
        return kind.id() + " " + model + " at " + baseUrl + " (from " + source + key + ")";
    }

    @Override
    public String toString() {
        return "ProviderSettings[" + describe() + "]";
    }

    public ProviderSettings withModel(ProviderKind newKind, String newModel, String newBaseUrl, String newKey) {
        return new ProviderSettings(newKind, newModel, newBaseUrl, newKey, "/model");
    }
}
