package dev.numaadvisor.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Check, then show, for streamed answers: lines are held until their paragraph is complete (a
 * blank line outside a code block, or the end of a block), the paragraph is checked by
 * {@link AnswerGuard} (commands marked, config linted against the node, claims compared), and only
 * then handed on. A paragraph whose claims disagree is shown with a provisional mark under it, so
 * nothing unchecked reaches the screen as final. {@code facts} is asked once, at the first
 * paragraph (after the model's tool calls, which may have changed the session).
 */
public final class ParagraphGate {
    /** Shown under a streamed paragraph that the simulator contradicts; the corrected answer follows. */
    public static final String PROVISIONAL = "⚠ provisional: the simulator disagrees with this paragraph (";
    /** Under a streamed placement block that agrees with the simulator. */
    public static final String PLACED = "> checked by numa-advisor: the placement block agrees with the simulator";

    private final Consumer<String> out;
    private final Supplier<AnswerGuard.Facts> factsSource;
    private final StringBuilder paragraph = new StringBuilder();
    private final List<String> mismatches = new ArrayList<>();
    /** Everything emitted so far: claims are read in context ("it" refers to a pod named earlier). */
    private final StringBuilder seen = new StringBuilder();
    private AnswerGuard.Facts facts;
    private boolean inBlock;

    public ParagraphGate(Supplier<AnswerGuard.Facts> facts, Consumer<String> out) {
        this.factsSource = facts;
        this.out = out;
    }

    /** One whole line (ending in "\n", or the last piece without one at {@link #flush}). */
    public void line(String line) {
        boolean fence = line.strip().startsWith("```");
        paragraph.append(line);
        if (fence) {
            inBlock = !inBlock;
            if (!inBlock) {
                emit();
            }
        } else if (!inBlock && line.isBlank()) {
            emit();
        }
    }

    /** Emits what is held (an unfinished paragraph or a cut code block is checked all the same). */
    public void flush() {
        emit();
    }

    /** Every mismatch found in the streamed paragraphs so far. */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    private void emit() {
        if (paragraph.length() == 0) {
            return;
        }
        String text = paragraph.toString();
        paragraph.setLength(0);
        if (text.isBlank()) {
            out.accept(text);
            return;
        }
        if (facts == null) {
            facts = factsSource.get();
        }
        String shown = AnswerGuard.check(text, AnswerGuard.Facts.NONE.withMachine(facts.machine())).text();
        PlacementBlock.Reading placed = PlacementBlock.read(text);
        if (placed.present() && facts.result() != null) {
            List<String> wrong = new ArrayList<>(placed.mismatches(facts));
            wrong.removeAll(mismatches);
            mismatches.addAll(wrong);
            String tail = shown.endsWith("\n") ? "" : "\n";
            shown = shown + tail + (wrong.isEmpty() ? PLACED + "\n"
                    : "> " + PROVISIONAL + String.join("; ", wrong) + "); checking with the model again\n");
        }
        seen.append(text);
        List<String> fresh = new ArrayList<>(ClaimCheck.compare(AnswerGuard.prose(seen.toString()),
                facts.result(), facts.machine()));
        fresh.removeAll(mismatches);
        if (!fresh.isEmpty()) {
            mismatches.addAll(fresh);
            String tail = shown.endsWith("\n") ? "" : "\n";
            shown = shown + tail + "> " + PROVISIONAL + String.join("; ", fresh)
                    + "); checking with the model again\n";
        }
        out.accept(shown);
    }
}
