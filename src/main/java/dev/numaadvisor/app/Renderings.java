package dev.numaadvisor.app;

/**
 * Which renderings of a result a front end will print or check, so a use case builds only those:
 * for text output the Jackson tree is never built (its first use alone loads about 435 classes),
 * and without a shown trace no trace text is either.
 *
 * @param json the contract JSON (printed with {@code --output json}, or compared by {@code --check})
 * @param text the human report
 * @param trace the "why" steps, in the JSON or the text
 */
public record Renderings(boolean json, boolean text, boolean trace) {
    /** Everything: what the LLM tools and the tests that compare both forms ask for. */
    public static final Renderings ALL = new Renderings(true, true, true);

    /**
     * For a command line: JSON when it is the output or the check needs it; the trace when the
     * JSON carries it or the text shows it.
     */
    public static Renderings forOutput(boolean jsonOutput, boolean check, boolean textTrace) {
        boolean json = jsonOutput || check;
        return new Renderings(json, !jsonOutput, json || textTrace);
    }
}
