package dev.numaadvisor.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The read-only commands a user runs to gather what {@code import} reads, kept in one resource
 * ({@code collect-commands.txt}) so the CLI and the tests share them; knowledge/collect.md
 * explains the same in prose.
 */
public final class CollectGuide {
    private CollectGuide() {
    }

    public static String commands() {
        try (InputStream in = CollectGuide.class.getResourceAsStream("collect-commands.txt")) {
            if (in == null) {
                throw new IllegalStateException("collect-commands.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
