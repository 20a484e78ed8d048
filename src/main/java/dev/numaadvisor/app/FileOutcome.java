package dev.numaadvisor.app;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a file-based use case gives every front end: the result as contract JSON, the same result
 * as a short human report, and the document's {@code expected} block (null when it has none).
 */
public record FileOutcome(JsonNode json, String text, JsonNode expected) {
}
