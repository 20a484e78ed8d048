package dev.numaadvisor.app.assistant;

import java.util.List;

/** One knowledge page: its path under the repository ({@code knowledge/…}), title, tags and paragraphs. */
public record KnowledgePage(String path, String title, List<String> tags, List<String> paragraphs,
                            String body) {
    public KnowledgePage {
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
    }

    /** {@code knowledge/topology-manager-policies.md} → {@code topology-manager-policies}. */
    public String slug() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
