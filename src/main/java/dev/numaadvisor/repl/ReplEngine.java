package dev.numaadvisor.repl;

import dev.numaadvisor.adapter.text.ProgressLine;
import dev.numaadvisor.adapter.text.FleetTextRenderer;
import dev.numaadvisor.adapter.text.SimulationTextRenderer;
import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.adapter.lint.LintTextWriter;
import dev.numaadvisor.app.DraftReport;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.learn.LearnCourse;
import dev.numaadvisor.app.session.ConfigView;
import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.app.session.Paste;
import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionDraft;
import dev.numaadvisor.app.session.SessionFleet;
import dev.numaadvisor.app.session.SessionLint;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.app.session.WhatIf;
import dev.numaadvisor.app.understand.Said;
import dev.numaadvisor.app.understand.Understand;
import dev.numaadvisor.app.understand.Understanding;
import dev.numaadvisor.app.understand.SessionPlan;
import dev.numaadvisor.app.understand.StatedNode;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.fleet.FleetProgress;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.scenario.ScenarioPod;
import dev.numaadvisor.llm.AssistantRouter;
import dev.numaadvisor.llm.LlmSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The REPL without a terminal: one input (a command, a pasted document or a question) in, the
 * text to print out. Every error becomes a message; the session survives all of them, and a
 * failed paste or command leaves it exactly as it was.
 */
public final class ReplEngine {
    static final List<String> POLICIES = List.of("none", "best-effort", "restricted", "single-numa-node");
    static final List<String> SCOPES = List.of("container", "pod");

    private final Session session = new Session();
    private final OfflineAssistant assistant = new OfflineAssistant();
    /** A /whatif in the knob form starts with KNOB=; anything else is said in words. */
    private static final java.util.regex.Pattern KNOB = java.util.regex.Pattern.compile("^\\s*[\\w./-]+\\s*=");
    /** Words that leave like /quit (typed alone, in any case). */
    private static final java.util.Set<String> LEAVE = java.util.Set.of("exit", "quit", "/exit");
    private final Style style;
    private final List<ReplCommandSpec> commands;
    private final List<String> transcript = new ArrayList<>();
    private final AssistantRouter router;
    private Consumer<String> streamSink;
    private SimulationResult last;
    private boolean quit;
    private boolean clearRequested;
    private LearnCourse learn;

    public ReplEngine(Style style) {
        this(style, LlmSetup.OFFLINE);
    }

    /** With a model configured, questions go to it (built on the first question); else offline. */
    public ReplEngine(Style style, LlmSetup llm) {
        this.style = style;
        this.router = llm.router(() -> session, assistant);
        this.commands = table();
    }

    /** Where streamed answer lines go as they arrive (the terminal); null prints the whole answer at the end. */
    public void streamTo(Consumer<String> sink) {
        this.streamSink = sink;
    }

    /** Ctrl-C during an answer: stop the stream, keep the session. */
    public void cancelAnswer() {
        router.cancel();
    }

    public AssistantRouter router() {
        return router;
    }

    private List<ReplCommandSpec> table() {
        List<String> none = List.of();
        return List.of(
                cmd("/help", ReplCommandSpec.Completion.WORDS, names(), this::help),
                cmd("/node", ReplCommandSpec.Completion.WORDS, List.of("show", "set", "import"), this::node),
                cmd("/pod", ReplCommandSpec.Completion.WORDS, List.of("add", "list", "remove"), this::pod),
                cmd("/config", ReplCommandSpec.Completion.WORDS, List.of("show", "set"), this::config),
                cmd("/simulate", ReplCommandSpec.Completion.NONE, none, a -> simulate()),
                cmd("/why", ReplCommandSpec.Completion.NONE, none, a -> why()),
                cmd("/whatif", ReplCommandSpec.Completion.WORDS, whatifWords(), this::whatIf),
                cmd("/explain", ReplCommandSpec.Completion.WORDS, POLICIES, this::explain),
                cmd("/model", ReplCommandSpec.Completion.WORDS, List.of("offline", "openai", "ollama", "anthropic"),
                        router::model),
                cmd("/usage", ReplCommandSpec.Completion.NONE, none, a -> router.usage()),
                cmd("/context", ReplCommandSpec.Completion.NONE, none, router::context),
                cmd("/draft", ReplCommandSpec.Completion.WORDS, draftWords(), this::draft),
                cmd("/lint", ReplCommandSpec.Completion.NONE, none, a -> lint()),
                cmd("/fleet", ReplCommandSpec.Completion.NONE, none, this::fleet),
                cmd("/session", ReplCommandSpec.Completion.WORDS, List.of("yaml", "json"), this::sessionView),
                cmd("/save", ReplCommandSpec.Completion.FILES, none, this::save),
                cmd("/load", ReplCommandSpec.Completion.FILES, none, this::load),
                cmd("/learn", ReplCommandSpec.Completion.WORDS, List.of("skip", "stop", "seed"), this::learn),
                cmd("/clear", ReplCommandSpec.Completion.NONE, none, a -> clear()),
                cmd("/reset", ReplCommandSpec.Completion.NONE, none, a -> reset()),
                cmd("/quit", ReplCommandSpec.Completion.NONE, none, a -> quit()));
    }

    private static ReplCommandSpec cmd(String name, ReplCommandSpec.Completion c, List<String> words,
                                       ReplCommandSpec.Handler h) {
        return new ReplCommandSpec(name, c, words, h);
    }

    private static List<String> names() {
        return List.of("/help", "/node", "/pod", "/config", "/simulate", "/why", "/whatif", "/explain", "/draft",
                "/lint", "/fleet", "/model", "/usage", "/context", "/session", "/save", "/load", "/learn", "/clear", "/reset",
                "/quit");
    }

    private static List<String> draftWords() {
        List<String> w = new ArrayList<>(POLICIES.subList(1, 4));
        w.add("apply");
        return w;
    }

    private static List<String> whatifWords() {
        List<String> w = new ArrayList<>();
        POLICIES.forEach(p -> w.add("policy=" + p));
        SCOPES.forEach(s -> w.add("scope=" + s));
        w.addAll(List.of("reservedSystemCPUs=", "cpuPolicy=static", "cpuPolicy=none", "memoryPolicy=Static",
                "memoryPolicy=None", "busy="));
        return w;
    }

    public List<ReplCommandSpec> commands() {
        return commands;
    }

    public Session session() {
        return session;
    }

    public boolean quitRequested() {
        return quit;
    }

    /** Handles one input; returns the text to print (possibly empty), never throws for bad input. */
    public String handle(String input) {
        return reply(input).text();
    }

    /** What one input printed, and whether it is an error (which a script reads on stderr). */
    public record Reply(String text, boolean error) {
    }

    /** Like {@link #handle}, also saying whether the text is an error message. */
    public Reply reply(String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            return new Reply("", false);
        }
        String out;
        boolean error = true;
        try {
            out = dispatch(input);
            // The model's failures come back as text from the router, already worded as errors.
            error = out.startsWith("error: ");
        } catch (InputException e) {
            out = "not added, the session is unchanged:\n" + Paste.describe(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            out = "error: " + e.getMessage();
        } catch (RuntimeException e) {
            out = "internal error (the session is kept): " + e;
        }
        transcript.add("**> " + text.lines().findFirst().orElse("") + "**\n\n```\n" + out.strip() + "\n```\n");
        out = Headings.render(out, style);
        return new Reply(out.endsWith("\n") || out.isEmpty() ? out : out + "\n", error);
    }

    private String dispatch(String input) {
        String text = input.strip();
        if (LEAVE.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            // Other shells are left with these words; asking "did you mean /quit?" only delays.
            return quit();
        }
        if (text.startsWith("/")) {
            int sp = text.indexOf(' ');
            String name = sp < 0 ? text : text.substring(0, sp);
            String args = sp < 0 ? "" : text.substring(sp + 1).strip();
            for (ReplCommandSpec c : commands) {
                if (c.name().equals(name)) {
                    return c.handler().run(args);
                }
            }
            return "unknown command " + name + ": /help lists the commands";
        }
        String bare = text.toLowerCase(java.util.Locale.ROOT);
        for (ReplCommandSpec c : commands) {
            if (c.name().substring(1).equals(bare)) {
                return "\"" + text + "\" is not a command here; did you mean " + c.name() + "? (/help lists them)";
            }
        }
        if (Paste.looksLikeDocument(text)) {
            return paste(input);
        }
        if (learn != null && learn.active()) {
            return learn.answer(text);
        }
        return router.answer(text, streamSink);
    }

    /** Applies a paste to a copy first, so a bad paste cannot leave half a change behind. */
    private String paste(String text) {
        Session candidate = session.copy();
        String msg = Paste.add(candidate, text, SessionRun.FILES);
        // No node yet is a null topology: a config pasted first must not fail on it.
        if (!java.util.Objects.equals(candidate.topology(), session.topology())
                || !candidate.devices().equals(session.devices())) {
            // A pasted node replaces the one said in words; follow-ups now correct the paste.
            assistant.conversation().node(StatedNode.NOTHING);
        }
        session.replaceWith(candidate);
        return msg;
    }

    private String help(String args) {
        if (!args.isEmpty()) {
            String name = args.startsWith("/") ? args : "/" + args;
            String summary = ReplHelp.summary(name);
            return summary == null ? "no command " + name : name + " " + ReplHelp.args(name) + "\n  " + summary;
        }
        // Two lines per command: the synopses are too long to share a column with the summaries.
        StringBuilder sb = new StringBuilder();
        for (ReplCommandSpec c : commands) {
            sb.append(String.format("%-10s %s%n", c.name(), ReplHelp.summary(c.name())));
            String synopsis = ReplHelp.args(c.name());
            if (!synopsis.isBlank()) {
                sb.append(String.format("%-10s %s%n", "", c.name() + " " + synopsis));
            }
        }
        return sb + "Anything else is a question (\"what does restricted do?\") or a pasted document "
                + "(lscpu, KubeletConfiguration, Pod, Scenario, cpu_manager_state).";
    }

    private String node(String args) {
        List<String> words = Arrays.asList(args.split("\\s+", 2));
        String sub = words.get(0);
        if (sub.isEmpty() || sub.equals("show")) {
            return NodeSpec.describe(session);
        }
        if (sub.equals("import")) {
            String msg = paste(read(words.size() > 1 ? words.get(1) : ""));
            assistant.conversation().node(StatedNode.NOTHING);
            return msg;
        }
        Said.Node n = Said.node(sub.equals("set") ? (words.size() > 1 ? words.get(1) : "") : args);
        Session candidate = session.copy();
        SessionPlan.node(candidate, n.plan());
        session.replaceWith(candidate);
        assistant.conversation().node(n.stated());
        return "node set: " + NodeSpec.describe(session);
    }

    private String pod(String args) {
        List<String> words = new ArrayList<>(Arrays.asList(args.split("\\s+")));
        String sub = words.remove(0);
        if (sub.isEmpty() || sub.equals("list")) {
            if (session.pods().isEmpty()) {
                return "no pods: /pod add NAME cpu=8 mem=16Gi gpu=1, or paste a Pod manifest";
            }
            StringBuilder sb = new StringBuilder();
            session.pods().forEach(p -> sb.append(p.name()).append(": ").append(PodSpec.summary(p)).append('\n'));
            return sb.toString();
        }
        if (sub.equals("add") && !words.isEmpty()) {
            String name = words.remove(0);
            ScenarioPod pod = Said.pod(name, String.join(" ", words));
            Session candidate = session.copy();
            SessionPlan.addPods(candidate, List.of(pod));
            session.replaceWith(candidate);
            return "added pod " + name + " (" + PodSpec.summary(session.pod(name)) + ")";
        }
        if (sub.equals("remove") && !words.isEmpty()) {
            return session.removePod(words.get(0)) ? "removed pod " + words.get(0) : "no pod " + words.get(0);
        }
        return "usage: /pod " + ReplHelp.args("/pod");
    }

    private String config(String args) {
        if (args.isEmpty() || args.equals("show")) {
            return ConfigView.yaml(session);
        }
        if (args.startsWith("set ")) {
            String kv = args.substring(4).strip();
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                return "usage: /config set KEY=VALUE, e.g. topologyManagerPolicy=restricted";
            }
            session.config(session.config().with(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip()));
            return "kubelet config: " + ConfigView.oneLine(session);
        }
        return "usage: /config " + ReplHelp.args("/config");
    }

    private String simulate() {
        Simulate.Outcome o = SessionRun.run(session);
        last = o.result();
        var config = o.scenario().input().config();
        // A new user who set only a node and pods is simulating a default kubelet: say so, or the
        // shared-pool answer looks like a bug.
        String which = "kubelet config: cpuManagerPolicy " + config.cpuManagerPolicy() + ", memoryManagerPolicy "
                + config.memoryManagerPolicy() + ", topologyManagerPolicy " + config.topologyManagerPolicy()
                + (config.equals(KubeletConfig.defaults()) ? " (the kubelet's defaults: nothing is pinned;"
                        + " /draft proposes a config, /config set changes one field)" : "") + "\n";
        return new SimulationTextRenderer(style).render("simulation", last, false) + which
                + "/why explains each decision\n";
    }

    /**
     * /draft [POLICY]: the draft for the session's node and first pod, changing nothing;
     * /draft apply [POLICY]: the same draft, adopted as the session's kubelet config.
     */
    private String draft(String args) {
        String[] words = args.isBlank() ? new String[0] : args.trim().split("\\s+");
        boolean apply = words.length > 0 && words[0].equals("apply");
        int first = apply ? 1 : 0;
        if (words.length > first + 1) {
            return "usage: /draft " + ReplHelp.args("/draft");
        }
        String strict = words.length > first ? words[first] : null;
        if (!apply) {
            return DraftReport.text(SessionDraft.draft(session, strict)) + "Adopt it as the session's kubelet "
                    + "config: /draft apply" + (strict == null ? "" : " " + strict) + "\n";
        }
        var r = SessionDraft.apply(session, strict);
        return "kubelet config replaced by the " + r.topologyManagerPolicy() + " draft: "
                + ConfigView.oneLine(session) + "\n/simulate runs the session's pods with it; /config show prints it";
    }

    /** The session's config and pods through app.Lint, with the session's node as the machine. */
    private String lint() {
        return LintTextWriter.write(SessionLint.run(session), style);
    }

    private String why() {
        if (last == null) {
            simulate();
        }
        return String.join("\n", last.trace());
    }

    private String whatIf(String args) {
        if (!KNOB.matcher(args).find()) {
            // "/whatif SMT off", "/whatif NUMA 1 has 20 cores busy": the same reading as a typed
            // "what if …?", tried on a copy; the session stays as it is.
            Understanding u = Understand.read(args);
            if (u.statesNothing()) {
                throw new IllegalArgumentException("not understood as a change: '" + args.strip() + "' — expected KNOB=VALUE"
                        + " (policy=restricted, busy=1:40) or a change in words (SMT off, NUMA 1 has 20 cores busy)");
            }
            return assistant.answer(session, "what if " + args + "?");
        }
        WhatIf.Comparison c = WhatIf.compare(session, args);
        last = c.after();
        if (c.changes().isEmpty()) {
            return "with " + c.knob() + ": no pod's admission or CPUs change";
        }
        return WhatIf.table(c);
    }

    /** The capacity cliff of a small pool built from the session's node and pods; optional node count. */
    private String fleet(String args) {
        int nodes = SessionFleet.NODES;
        if (!args.isBlank()) {
            try {
                nodes = Integer.parseInt(args.trim());
            } catch (NumberFormatException e) {
                return "usage: /fleet " + ReplHelp.args("/fleet");
            }
            if (nodes < 1 || nodes > 1000) {
                return "the pool size goes from 1 to 1000 nodes";
            }
        }
        // On the interactive screen a bar shows long runs (a 1,000-node pool takes seconds).
        ProgressLine bar = streamSink == null ? null : new ProgressLine(streamSink, "/fleet " + nodes + " nodes");
        FleetReport r;
        try {
            r = SessionFleet.run(session, nodes, bar == null ? FleetProgress.NONE : bar);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        boolean noCost = r.outcomes().stream().allMatch(o -> o.capacityLostPercent() == null
                || o.capacityLostPercent() <= 0);
        return FleetTextRenderer.cliff(r, style) + "\n"
                + (noCost ? "No policy costs capacity here: every config admits what none admits.\n" : "")
                + "(" + r.nodes() + " copies of the node, 20% fragmented; " + r.pods() + " pods: the session's pods "
                + "repeated until they ask for every allocatable CPU of the pool. The full report: "
                + "numa-advisor fleet FLEET.yaml, docs/FLEET.md)";
    }

    private String explain(String args) {
        String page = args.isEmpty() ? null : assistant.explain(args);
        return page == null ? "no knowledge page for \"" + args + "\"; try /explain restricted" : page;
    }

    /** /session [yaml|json]: the session as a Scenario document, or as one line of JSON for scripts. */
    private String sessionView(String args) {
        if (args.equals("json")) {
            return SessionJson.write(session, assistant.conversation());
        }
        if (!session.hasNode()) {
            return "no node yet: describe one, /node set 2x24x2 gpu@1, or paste lscpu";
        }
        return session.toScenarioYaml();
    }

    private String save(String file) {
        if (file.isEmpty()) {
            return "usage: /save FILE.yaml (the session as a Scenario) or /save FILE.md (the transcript)";
        }
        if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            if (!session.hasNode()) {
                throw new IllegalStateException("no node yet: nothing to save as a Scenario");
            }
            write(file, session.toScenarioYaml());
            return "session saved to " + file + " as a Scenario (numa-advisor simulate " + file + ")";
        }
        StringBuilder md = new StringBuilder("# numa-advisor session\n\n");
        transcript.forEach(e -> md.append(e).append('\n'));
        write(file, md.toString());
        return "transcript saved to " + file + " (" + transcript.size() + " entries)";
    }

    private String load(String file) {
        String text = read(file);
        Session candidate = session.copy();
        String msg = Paste.load(candidate, YamlSource.single(file, text), SessionRun.FILES);
        session.replaceWith(candidate);
        return msg;
    }

    /** /learn [skip | stop | seed N]: exercises on their own synthetic nodes; the session is not touched. */
    private String learn(String args) {
        String[] words = args.isBlank() ? new String[0] : args.trim().split("\\s+");
        if (words.length == 0) {
            if (learn == null) {
                learn = new LearnCourse(LearnCourse.DEFAULT_SEED);
            }
            return learn.start();
        }
        switch (words[0]) {
            case "skip":
                return learn == null ? learn("") : learn.skip();
            case "stop":
                return learn == null || !learn.active() ? "no exercise is open" : learn.stop();
            case "seed":
                if (words.length != 2 || !words[1].matches("\\d{1,9}")) {
                    return "usage: /learn seed N (a whole number; the same seed gives the same exercises)";
                }
                learn = new LearnCourse(Long.parseLong(words[1]));
                return learn.start();
            default:
                return "usage: /learn " + ReplHelp.args("/learn");
        }
    }

    /** Asks the terminal front end to clear the screen; the session is kept. */
    private String clear() {
        clearRequested = true;
        return "";
    }

    /** True once after /clear: the shell clears its screen and resets the flag. */
    public boolean takeClearRequest() {
        boolean c = clearRequested;
        clearRequested = false;
        return c;
    }

    private String reset() {
        session.reset();
        assistant.conversation().clear();
        last = null;
        return "session reset";
    }

    private String quit() {
        quit = true;
        return "";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read \"" + file + "\": " + e.getMessage());
        }
    }

    private static void write(String file, String text) {
        try {
            Files.writeString(Path.of(file), text);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write \"" + file + "\": " + e.getMessage());
        }
    }
}
