package dev.numaadvisor.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The system prompt, {@code prompts/system.md} on the classpath. */
public final class SystemPrompt {
    public static final String RESOURCE = "prompts/system.md";

    private SystemPrompt() {
    }

    public static String text() {
        try (InputStream in = SystemPrompt.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
