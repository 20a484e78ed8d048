package dev.numaadvisor.repl;

import java.util.List;

/**
 * One row of the command table: name ({@code /simulate}), what its arguments complete to, and
 * the handler. Help text lives in {@code repl-help.properties} under {@code help.<name>.summary|args}.
 */
record ReplCommandSpec(String name, Completion completion, List<String> words, Handler handler) {
    /** What the completer offers after the command name. */
    enum Completion { NONE, WORDS, FILES }

    /** Runs the command with its argument text (may be empty) and returns what to print. */
    interface Handler {
        String run(String args);
    }

    ReplCommandSpec {
        words = List.copyOf(words);
    }
}
