package dev.numaadvisor.app.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, normalised for reading (lower case except quantity units, number words as
 * digits, misspelt domain words corrected) with a mask of what the readers have attached to a
 * fact. Every normalised character remembers where it came from, so what is left over can be
 * quoted back exactly as it was typed.
 */
final class Utterance {
    /** Marks a taken character: no pattern matches across a fact that is already read. */
    private static final char TAKEN = '\u00a7';
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/@+-]*|[^\\sA-Za-z0-9]");

    private final String original;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> originStart = new ArrayList<>();
    private final List<Integer> originEnd = new ArrayList<>();
    private final List<String> corrections = new ArrayList<>();

    private static final Pattern ROUGHLY = Pattern.compile("(?i)\\b(?:roughly|approximately|approx\\.?|around|about)\\s+(?=\\d)|~\\s*(?=\\d)");
    /** "w/ hyperthreading", "w/o SMT": chat shorthand for with and without. */
    private static final Pattern W_SLASH_O = Pattern.compile("(?i)\\bw/o\\b");
    private static final Pattern W_SLASH = Pattern.compile("(?i)\\bw/\\s*");
    private static final Pattern TENS = Pattern.compile("(?i)\\b(twenty|thirty|forty|fifty|sixty)[\\s-](one|two|three|four|five|six|seven|eight|nine)\\b");
    private static final String[] TEN_WORDS = {"twenty", "thirty", "forty", "fifty", "sixty"};
    private static final String[] UNIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    /** "the second socket" is socket 1: sockets and NUMA nodes are numbered from 0. */
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:the\\s+)?(first|second|third|fourth)\\s+"
            + "(socket|numa\\s+node|numa)\\b");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

    Utterance(String said) {
        // "twenty four" is one number, and lscpu's "Socket(s)" one word: both before tokens are cut.
        String typed = W_SLASH.matcher(W_SLASH_O.matcher(said.replace("(s)", "s")).replaceAll("without")).replaceAll("with ");
        // "roughly 16 cores", "~24 cpus": a hedged number is still the number said.
        typed = ROUGHLY.matcher(typed).replaceAll("");
        Matcher tens = TENS.matcher(typed);
        StringBuilder joined = new StringBuilder();
        while (tens.find()) {
            int value = 10 * (2 + java.util.Arrays.asList(TEN_WORDS).indexOf(tens.group(1).toLowerCase(Locale.ROOT)))
                    + 1 + java.util.Arrays.asList(UNIT_WORDS).indexOf(tens.group(2).toLowerCase(Locale.ROOT));
            tens.appendReplacement(joined, Integer.toString(value));
        }
        tens.appendTail(joined);
        Matcher ordinal = ORDINAL.matcher(joined.toString());
        StringBuilder numbered = new StringBuilder();
        while (ordinal.find()) {
            ordinal.appendReplacement(numbered, ordinal.group(2) + " "
                    + ORDINALS.indexOf(ordinal.group(1).toLowerCase(Locale.ROOT)));
        }
        ordinal.appendTail(numbered);
        typed = numbered.toString();
        this.original = typed;
        Matcher m = TOKEN.matcher(typed);
        while (m.find()) {
            String token = m.group();
            int start = m.start();
            // A sentence's full stop sticks to its last word ("node 1."): split it off.
            while (token.length() > 1 && ".-/".indexOf(token.charAt(token.length() - 1)) >= 0) {
                token = token.substring(0, token.length() - 1);
            }
            emit(Words.normalise(token, corrections), start, start + token.length());
            if (token.length() < m.group().length()) {
                emit(m.group().substring(token.length()), start + token.length(), m.end());
            }
        }
    }

    private void emit(String token, int from, int to) {
        if (text.length() > 0) {
            text.append(' ');
            originStart.add(from);
            originEnd.add(from);
        }
        for (int i = 0; i < token.length(); i++) {
            text.append(token.charAt(i));
            originStart.add(from);
            originEnd.add(to);
        }
    }

    /** The misspellings read as domain words ("singel" as "single"), for "What I understood". */
    List<String> corrections() {
        return List.copyOf(corrections);
    }

    /** The normalised text with taken parts masked. */
    String masked() {
        return text.toString();
    }

    /**
     * Calls {@code onMatch} for each match of {@code pattern} in what is not taken yet and marks
     * it taken. Returns the count.
     */
    int take(Pattern pattern, Consumer<Matcher> onMatch) {
        return take(pattern, 0, text.length(), onMatch);
    }

    /** As {@link #take(Pattern, Consumer)}, within [from, to) only. */
    int takeWithin(Pattern pattern, int from, int to, Consumer<Matcher> onMatch) {
        return take(pattern, from, to, onMatch);
    }

    private int take(Pattern pattern, int from, int to, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            onMatch.accept(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] s : spans) {
            mark(s[0], s[1]);
        }
        return spans.size();
    }

    /**
     * Hides the matches of {@code pattern} from the readers that run until {@link Guard#release}:
     * "best-effort" before "pod" is a QoS class, not the Topology Manager policy.
     */
    Guard protect(Pattern pattern) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String before = text.toString();
        for (int[] s : spans) {
            for (int i = s[0]; i < s[1]; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    text.setCharAt(i, HIDDEN);
                }
            }
        }
        return () -> {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == HIDDEN) {
                    text.setCharAt(i, before.charAt(i));
                }
            }
        };
    }

    /** Undoes a {@link #protect}. */
    interface Guard {
        void release();
    }

    private static final char HIDDEN = '\u00b6';

    void mark(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                text.setCharAt(i, TAKEN);
            }
        }
    }

    /** The original text of the normalised span [from, to). */
    String originalOf(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(originStart.get(from), originEnd.get(to - 1)).strip();
    }

    /**
     * The untaken stretches, split at sentence punctuation and at taken facts, as typed: the
     * candidates for "Not understood".
     */
    List<Chunk> leftovers() {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : TAKEN;
            boolean breaks = c == TAKEN || ".,;:!?()[]{}\"'`|".indexOf(c) >= 0 || c == '\n';
            if (breaks) {
                if (start >= 0) {
                    String normal = text.substring(start, i).strip();
                    if (!normal.isEmpty()) {
                        out.add(new Chunk(normal.toLowerCase(Locale.ROOT), start, start + normal.length()));
                    }
                }
                start = -1;
            } else if (start < 0 && !Character.isWhitespace(c)) {
                start = i;
            }
        }
        return out;
    }

    /** An untaken stretch of the normalised text, [from, to). */
    record Chunk(String normal, int from, int to) {
    }

    /** Calls {@code onMatch} for each match in [from, to) of the untaken text; takes nothing. */
    void find(Pattern pattern, int from, int to, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            onMatch.accept(m);
        }
    }
}
