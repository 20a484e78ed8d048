package dev.numaadvisor.cli;

import picocli.CommandLine.Option;

/** {@code --output} and {@code --check}, shared by the commands that run files through BatchRunner. */
final class BatchOptions {
    @Option(names = "--output", paramLabel = "json|text", defaultValue = "text",
            converter = OutputFormat.Converter.class, description = "json (contract) or text (default)")
    OutputFormat output;

    @Option(names = "--check", description = "compare each result with the file's expected block; "
            + "exit 1 on a mismatch")
    boolean check;
}
