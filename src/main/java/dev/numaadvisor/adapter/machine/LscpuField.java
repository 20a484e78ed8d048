package dev.numaadvisor.adapter.machine;

/**
 * One {@code Key: value} pair of human {@code lscpu} output (or one {@code field}/{@code data}
 * entry of {@code lscpu --json}), the key without its colon and indentation, the value trimmed
 * ({@code ""} for an empty value or JSON null), and the 1-based line it was read from.
 */
record LscpuField(String key, String value, int line) {
}
