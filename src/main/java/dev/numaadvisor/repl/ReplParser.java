package dev.numaadvisor.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Multi-line input: a line ending in a backslash, or with an open ``` fence, continues on the
 * next line. Quotes and escapes are off so "what's up" is not an open quote.
 */
final class ReplParser extends DefaultParser {
    ReplParser() {
        setQuoteChars(new char[0]);
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && continues(line)) {
            throw new EOFError(-1, -1, "continued line", "> ");
        }
        return super.parse(line, cursor, context);
    }

    static boolean continues(String line) {
        if (line.endsWith("\\")) {
            return true;
        }
        int fences = 0;
        int i = line.indexOf("```");
        while (i >= 0) {
            fences++;
            i = line.indexOf("```", i + 3);
        }
        return fences % 2 == 1;
    }

    /** The input as the engine sees it: continuation backslashes and fences removed. */
    static String clean(String line) {
        return line.replace("\\\n", "\n").replace("```yaml", "").replace("```", "");
    }
}
