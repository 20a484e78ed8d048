package dev.numaadvisor.cli;

import java.util.Locale;
import picocli.CommandLine;

/** {@code --output json|text}. */
public enum OutputFormat {
    JSON, TEXT;

    /** Accepts the lower-case names the contract uses. */
    public static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected json or text, not \"" + value + "\"");
            }
        }
    }
}
