package dev.numaadvisor.adapter.machine;

import java.util.List;

/**
 * The text of one input file and the name to report it by. Lines are split on {@code \n} with
 * a trailing {@code \r} removed; line {@code i} of {@link #lines()} is line {@code i + 1}.
 */
public record SourceText(String fileName, String text) {
    public SourceText {
        if (fileName == null || text == null) {
            throw new IllegalArgumentException("a source needs a name and a text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
    }

    public List<String> lines() {
        String[] raw = text.split("\n", -1);
        int n = raw.length;
        if (n > 0 && raw[n - 1].isEmpty()) {
            n--;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            String l = raw[i];
            out[i] = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
        }
        return List.of(out);
    }

    /** The last path element, which the detector uses as a tie-breaker. */
    public String baseName() {
        String s = fileName.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
