package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Terminal ergonomics: junk input, /clear, headings without markdown marks, Ctrl-C during an answer. */
class ReplErgonomicsTest {
    @Test
    void shortJunkIsNotAnsweredFromTheKnowledgeBase() {
        ReplEngine e = new ReplEngine(Style.plain());
        assertTrue(e.handle("clear").contains("did you mean /clear?"));
        String junk = e.handle("hello there");
        assertTrue(junk.startsWith("I did not understand \"hello there\""), junk);
        assertTrue(junk.contains("/help"), junk);
        assertFalse(junk.contains("(knowledge/"), junk);
        assertTrue(e.handle("restricted").contains("(knowledge/"), "a domain word still gets an answer");
    }

    @Test
    void clearKeepsTheSession() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x2");
        assertEquals("", e.handle("/clear"), "prints nothing; the shell clears the screen");
        assertTrue(e.takeClearRequest());
        assertFalse(e.takeClearRequest(), "one clear per request");
        assertTrue(e.session().hasNode());
    }

    @Test
    void headingsAreBoldOrUnderlinedAndFencesStay() {
        String md = "## What I understood\n- a\n```yaml\n## not a heading in YAML\nkind: X\n```\n# yaml comment\n";
        String plain = Headings.render(md, Style.plain());
        assertTrue(plain.startsWith("What I understood\n-----------------\n- a\n```yaml\n## not a heading"), plain);
        assertTrue(plain.contains("\n# yaml comment"), plain);
        String bold = Headings.render(md, new Style(true));
        assertTrue(bold.startsWith(new Style(true).bold("What I understood") + "\n"), bold);
        assertFalse(bold.contains("## What"), bold);
    }

    @Test
    void ctrlCCancelsTheAnswerBeingComputedAndThenRestores() throws Exception {
        AtomicBoolean streamStopped = new AtomicBoolean();
        try (DumbTerminal t = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
             AnswerRunner runner = new AnswerRunner(t, () -> streamStopped.set(true))) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch restored = new CountDownLatch(1);
            AtomicBoolean finished = new AtomicBoolean();
            Thread ctrlC = new Thread(() -> {
                try {
                    started.await();
                    t.raise(Terminal.Signal.INT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            ctrlC.start();
            long t0 = System.nanoTime();
            String out = runner.run(() -> {
                started.countDown();
                Thread.sleep(30_000);
                finished.set(true);
                return "never";
            }, restored::countDown);
            assertEquals(AnswerRunner.CANCELLED, out);
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "returned at once");
            assertTrue(restored.await(5, TimeUnit.SECONDS), "the restore ran after the cancelled answer");
            assertFalse(finished.get());
            assertTrue(streamStopped.get(), "Ctrl-C also stops a model's stream");
            assertEquals("ok", runner.run(() -> "ok", () -> { }), "the next answer runs normally");
        }
    }
}
