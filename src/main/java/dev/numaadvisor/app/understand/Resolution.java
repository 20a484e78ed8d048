package dev.numaadvisor.app.understand;

import java.util.List;

/**
 * What the facts come to: the node (null when it cannot be worked out), what was assumed to get
 * there, and the questions to ask instead of guessing.
 */
public record Resolution(NodePlan node, List<String> assumed, List<String> questions) {
    public Resolution {
        assumed = List.copyOf(assumed);
        questions = List.copyOf(questions);
    }
}
