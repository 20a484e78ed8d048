package dev.numaadvisor.app.assistant;

import java.util.List;

/**
 * One concept's direct answer, written by us in {@code knowledge/answers/}: the 1–3 sentence
 * answer, the wordings people ask it in, and the long pages (paths under the repository, e.g.
 * {@code knowledge/reserved-memory.md}) that hold the detail. Never empty: the parser rejects
 * a card without an answer, a question or a page.
 */
public record AnswerCard(String id, String answer, List<String> asks, List<String> pages, String file) {
    public AnswerCard {
        if (answer.isBlank() || asks.isEmpty() || pages.isEmpty()) {
            throw new IllegalArgumentException(file + ": card \"" + id + "\" needs an answer, questions and pages");
        }
        asks = List.copyOf(asks);
        pages = List.copyOf(pages);
    }
}
