package dev.numaadvisor.app;

/** One input to lint: its name as the user gave it (positions use it) and its text. */
public record LintInput(String fileName, String text) {
}
