package dev.numaadvisor.app.session;

import dev.numaadvisor.app.Simulate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Simulates a session through the shared {@link Simulate} use case, from its records (no YAML). */
public final class SessionRun {
    /** Reads files named inside a scenario (kubeletConfigFile); null when unreadable. */
    public static final Function<String, String> FILES = name -> {
        try {
            return Files.readString(Path.of(name));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    };

    private SessionRun() {
    }

    /** The outcome; throws IllegalStateException without a node, InputException on bad input. */
    public static Simulate.Outcome run(Session session) {
        return Simulate.document(SessionInput.document(session));
    }
}
