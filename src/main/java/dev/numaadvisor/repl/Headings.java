package dev.numaadvisor.repl;

import dev.numaadvisor.adapter.text.Style;

/**
 * Markdown headings ({@code ## What I understood}) for a terminal: a bold line with colour, a
 * line underlined with dashes without. Lines inside code fences are left alone, and the fences
 * stay, so YAML can be copied as it is.
 */
final class Headings {
    private Headings() {
    }

    static String render(String text, Style style) {
        StringBuilder sb = new StringBuilder();
        boolean inCode = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            String title = inCode ? null : title(line);
            if (title == null) {
                sb.append(line).append('\n');
            } else if (style.color()) {
                sb.append(style.bold(title)).append('\n');
            } else {
                sb.append(title).append('\n').append("-".repeat(title.length())).append('\n');
            }
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /**
     * The text of a {@code ##}..{@code ######} heading, or null. A single {@code #} is left alone:
     * at column 0 it is as often a YAML or shell comment in an answer as a title.
     */
    private static String title(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        if (level < 2 || level > 6 || level >= line.length() || line.charAt(level) != ' ') {
            return null;
        }
        return line.substring(level + 1).strip();
    }
}
