package dev.numaadvisor.llm;

import dev.numaadvisor.core.model.Quantity;

/**
 * Checks for the tools' structured arguments: a missing required field or a bad value becomes one
 * clear message naming the tool and the field path ({@code simulate: node.sockets is required}),
 * never a NullPointerException's text.
 */
final class ToolArgs {
    private ToolArgs() {
    }

    static <T> T required(T value, String tool, String path) {
        if (value == null || (value instanceof String && ((String) value).isBlank())) {
            throw new IllegalArgumentException(tool + ": " + path + " is required");
        }
        return value;
    }

    static int positive(Integer value, int fallback, String tool, String path) {
        int v = value == null ? fallback : value;
        if (v < 1) {
            throw new IllegalArgumentException(tool + ": " + path + " must be at least 1, not " + v);
        }
        return v;
    }

    static Quantity quantity(String value, String tool, String path) {
        try {
            return Quantity.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(tool + ": " + path + ": " + e.getMessage());
        }
    }
}
