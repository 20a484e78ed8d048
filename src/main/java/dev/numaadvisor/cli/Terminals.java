package dev.numaadvisor.cli;

import dev.numaadvisor.adapter.text.Style;

/** Whether to colour output: only on a terminal, and never with NO_COLOR or TERM=dumb. */
final class Terminals {
    private Terminals() {
    }

    static Style style() {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        boolean color = System.console() != null && (noColor == null || noColor.isEmpty())
                && term != null && !term.equals("dumb");
        return new Style(color);
    }
}
