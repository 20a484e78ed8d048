package dev.numaadvisor.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The help texts of {@code repl-help.properties}; a missing key reads as null. */
final class ReplHelp {
    private static final Properties TEXTS = load();

    private ReplHelp() {
    }

    static String summary(String command) {
        return TEXTS.getProperty("help." + command.substring(1) + ".summary");
    }

    static String args(String command) {
        return TEXTS.getProperty("help." + command.substring(1) + ".args");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ReplHelp.class.getResourceAsStream("/repl-help.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
