package dev.numaadvisor.app;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a file-based use case gives a front end, in the {@link Renderings} it asked for: the result
 * as contract JSON and as a short human report (each null when not asked), and the document's
 * {@code expected} block (null when it has none, or when no JSON was asked).
 */
public record FileOutcome(JsonNode json, String text, JsonNode expected) {
}
