package dev.numaadvisor.app.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the answer files. Each {@code ## id} section holds the answer paragraph, {@code - }
 * lines with the questions, and one {@code pages:} line of paths relative to {@code knowledge/}.
 * HTML comments (where the kubelet source is named) are not part of the answer.
 */
public final class AnswerCards {
    private AnswerCards() {
    }

    /** Parsed once per process: one answer looked cards up by id several times, each a new parse (issue 15). */
    private static List<AnswerCard> cards;

    /**
     * Every card of every answer file, in file then section order; the same immutable list on
     * every call. From the build's {@link KnowledgeSnapshot} when there is a current one.
     */
    public static synchronized List<AnswerCard> load() {
        if (cards == null) {
            KnowledgeSnapshot.Contents snapshot = KnowledgeSnapshot.current();
            cards = snapshot != null ? snapshot.cards() : fromMarkdown();
        }
        return cards;
    }

    /** Every card, parsed from the answer files on the classpath. */
    static List<AnswerCard> fromMarkdown() {
        List<AnswerCard> out = new ArrayList<>();
        for (Map.Entry<String, String> e : KnowledgeLoader.answers().entrySet()) {
            out.addAll(parse(e.getKey(), e.getValue()));
        }
        return List.copyOf(out);
    }

    static List<AnswerCard> parse(String file, String text) {
        List<AnswerCard> cards = new ArrayList<>();
        String body = text.replaceAll("(?s)<!--.*?-->", "");
        String[] sections = body.split("(?m)^## ");
        for (int i = 1; i < sections.length; i++) {
            cards.add(card(file, sections[i]));
        }
        return cards;
    }

    private static AnswerCard card(String file, String section) {
        String[] lines = section.split("\n");
        String id = lines[0].strip();
        StringBuilder answer = new StringBuilder();
        List<String> asks = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("- ")) {
                asks.add(line.substring(2).strip());
            } else if (line.startsWith("pages:")) {
                for (String p : line.substring(6).split(",")) {
                    if (!p.isBlank()) {
                        pages.add("knowledge/" + p.strip());
                    }
                }
            } else if (!line.isEmpty()) {
                answer.append(answer.length() == 0 ? "" : " ").append(line);
            }
        }
        return new AnswerCard(id, answer.toString(), asks, pages, file);
    }
}
