package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The rough edges a new user found in the REPL (issue 12, part 4), one test each. */
class ReplEdgesTest {
    private static final String NODE = "/node set 2x4x1 mem=8Gi gpu@0";

    private static ReplEngine gpuSession() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle(NODE);
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/pod add big cpu=4 mem=1Gi gpu=1");
        return e;
    }

    @Test
    void aKubeletConfigOpeningWithACommentIsAPasteNotAQuestion() {
        ReplEngine e = new ReplEngine(Style.plain());
        String out = e.handle("# kubelet config of the gpu pool\n\napiVersion: kubelet.config.k8s.io/v1beta1\n"
                + "kind: KubeletConfiguration\ncpuManagerPolicy: static\nreservedSystemCPUs: \"0\"\n");
        assertTrue(out.startsWith("kubelet config replaced"), out);
        assertEquals("static", e.session().config().config().cpuManagerPolicy());
        assertFalse(e.handle("# just a remark").startsWith("kubelet config"), "one comment line stays a sentence");
    }

    @Test
    void lscpuSaysItsMemoryIsAssumed() {
        ReplEngine e = new ReplEngine(Style.plain());
        String out = e.handle("Architecture: x86_64\nCPU(s): 16\nThread(s) per core: 2\nCore(s) per socket: 4\n"
                + "Socket(s): 2\nNUMA node(s): 2\n");
        assertTrue(out.startsWith("node set from lscpu"), out);
        assertTrue(out.contains("assumed, not read (lscpu does not show memory): 256Gi per NUMA node"), out);
        assertTrue(out.contains("/node set 2x4x2 mem=SIZE"), out);
    }

    @Test
    void exitAndQuitLeaveLikeSlashQuit() {
        for (String word : new String[] {"/exit", "exit", "quit", "QUIT", "/quit"}) {
            ReplEngine e = new ReplEngine(Style.plain());
            assertEquals("", e.handle(word), word);
            assertTrue(e.quitRequested(), word);
        }
        StringWriter out = new StringWriter();
        BatchShell.run(new BufferedReader(new StringReader("exit\n/help\n")), new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals("", out.toString(), "nothing runs after exit");
    }

    @Test
    void draftApplyAdoptsTheDraftedConfig() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x8x2");
        e.handle("/pod add web cpu=4 mem=1Gi");
        String shown = e.handle("/draft");
        assertTrue(shown.contains("/draft apply"), "the draft offers to adopt it: " + shown);
        assertEquals("none", e.session().config().config().cpuManagerPolicy(), "/draft alone changes nothing");
        String applied = e.handle("/draft apply");
        assertTrue(applied.startsWith("kubelet config replaced by the single-numa-node draft"), applied);
        assertEquals("static", e.session().config().config().cpuManagerPolicy());
        assertTrue(e.handle("/simulate").contains("(exclusive)"), "the pod now gets exclusive CPUs");
        e.handle("/draft apply restricted");
        assertEquals("restricted", e.session().config().config().topologyManagerPolicy());
        assertTrue(e.handle("/draft apply bogus").startsWith("error: unknown strictness"));
    }

    @Test
    void podScopeShowsThePodHintInsteadOfDashes() {
        ReplEngine e = gpuSession();
        e.handle("/config set topologyManagerScope=pod");
        e.handle("/config set topologyManagerPolicy=best-effort");
        String out = e.handle("/simulate");
        assertTrue(out.matches("(?s).*\\n  \\(pod\\) +\\[1\\]✓ \\[0,1\\]✗ +any +gpu \\[0\\]✓ \\[0,1\\]✗ +\\[0\\]✗.*"), out);
        assertTrue(out.matches("(?s).*\\n  app +\\(pod\\) +\\(pod\\) +\\(pod\\) +\\[0\\]✗ .*"), out);
    }

    @Test
    void whatIfSaysAMisalignedResultIsMisaligned() {
        ReplEngine e = gpuSession();
        e.handle("/config set topologyManagerPolicy=restricted");
        String out = e.handle("/whatif policy=best-effort");
        assertTrue(out.contains("admitted cpus 1-4 NUMA [0,1] (misaligned: nvidia.com/gpu on NUMA [0])"), out);
        e.handle("/config set topologyManagerPolicy=none");
        out = e.handle("/whatif policy=restricted");
        assertTrue(out.contains("admitted cpus 4-7 NUMA [1] (misaligned: nvidia.com/gpu on NUMA [0])"), out);
    }

    @Test
    void pipedErrorsGoToStderrAndAnswersToStdout() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        BatchShell.run(new BufferedReader(new StringReader(NODE + "\n/whatif busy=one\n/node show\n")),
                new PrintWriter(out), new PrintWriter(err));
        assertTrue(err.toString().startsWith("error: cannot read busy=\"one\""), err.toString());
        assertFalse(out.toString().contains("error:"), out.toString());
        assertTrue(out.toString().contains("device GPU-0"), out.toString());
        String bad = "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [{name: a, resources: "
                + "{requests: {cpu: four}}}]}";
        ReplEngine.Reply reply = new ReplEngine(Style.plain()).reply(bad);
        assertTrue(reply.error() && reply.text().startsWith("not added"), reply.text());
    }

    @Test
    void aClosedTerminalEndsTheSessionQuietly() throws Exception {
        InputStream hungUp = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (DumbTerminal t = new DumbTerminal(hungUp, screen)) {
            assertEquals(0, new InteractiveShell(t, null, false).run());
        }
        Reader broken = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("Input/output error");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        assertEquals(0, BatchShell.run(new BufferedReader(broken), new PrintWriter(new StringWriter()),
                new PrintWriter(err)));
        assertEquals("", err.toString());
    }

    @Test
    void ctrlCDuringFleetStopsTheBarAndReturns() throws Exception {
        ReplEngine e = gpuSession();
        StringBuffer screen = new StringBuffer();
        AtomicBoolean raised = new AtomicBoolean();
        try (DumbTerminal t = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
             AnswerRunner runner = new AnswerRunner(t, e::cancelAnswer)) {
            // Ctrl-C as soon as the bar shows a run under way, from the thread drawing it.
            e.streamTo(text -> {
                screen.append(text);
                if (text.contains("%") && !text.contains("100%") && !raised.getAndSet(true)) {
                    t.raise(Terminal.Signal.INT);
                }
            });
            String out = runner.run(() -> e.handle("/fleet 1000"), () -> { });
            assertEquals(AnswerRunner.CANCELLED, out);
            int drawn = screen.length();
            assertTrue(screen.toString().endsWith("\r"), "the bar is wiped before the prompt comes back");
            Thread.sleep(500);
            assertEquals(drawn, screen.length(), "nothing draws after cancelled: " + screen.substring(drawn));
        }
    }

    @Test
    void theLeaveWordsAreInTheHelp() {
        assertTrue(new ReplEngine(Style.plain()).handle("/help quit").contains("exit"));
        assertTrue(new ReplEngine(Style.plain()).handle("/help draft").contains("[apply]"));
    }
}
