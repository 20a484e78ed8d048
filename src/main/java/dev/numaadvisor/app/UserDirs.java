package dev.numaadvisor.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where numa-advisor keeps its files, per the XDG base directory spec, read from an environment
 * map (tests pass their own): {@code $XDG_CONFIG_HOME}, {@code $XDG_CACHE_HOME} and
 * {@code $XDG_STATE_HOME} when set, else under {@code $HOME}. Java's {@code user.home} comes from
 * the password database, not {@code HOME}, so it is only the last resort (a container or sudo
 * session often has the two differ, and the user's file under ~/.config was then never read).
 */
public final class UserDirs {
    private static final String APP = "numa-advisor";

    private UserDirs() {
    }

    /** {@code $XDG_CONFIG_HOME/numa-advisor}, else {@code $HOME/.config/numa-advisor}. */
    public static Path config(Map<String, String> env) {
        return base(env, "XDG_CONFIG_HOME", Path.of(".config")).resolve(APP);
    }

    /** {@code $XDG_CACHE_HOME/numa-advisor}, else {@code $HOME/.cache/numa-advisor}. */
    public static Path cache(Map<String, String> env) {
        return base(env, "XDG_CACHE_HOME", Path.of(".cache")).resolve(APP);
    }

    /** {@code $XDG_STATE_HOME/numa-advisor}, else {@code $HOME/.local/state/numa-advisor}. */
    public static Path state(Map<String, String> env) {
        return base(env, "XDG_STATE_HOME", Path.of(".local", "state")).resolve(APP);
    }

    /** The home directory: {@code $HOME}, else Java's {@code user.home}. */
    public static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }

    private static Path base(Map<String, String> env, String variable, Path underHome) {
        String xdg = env.get(variable);
        // The spec says a relative value is invalid and must be ignored.
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home(env).resolve(underHome);
    }
}
