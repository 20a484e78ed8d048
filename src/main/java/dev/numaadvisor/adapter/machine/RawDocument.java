package dev.numaadvisor.adapter.machine;

import java.util.Map;

/**
 * A document passed through as read (KubeletConfiguration, checkpoint JSON): plain Java maps,
 * lists and scalars in document order, and the file it came from.
 */
public record RawDocument(Map<String, Object> content, String source) {
    public RawDocument {
        if (content == null || source == null) {
            throw new IllegalArgumentException("a raw document needs content and a source");
        }
    }
}
