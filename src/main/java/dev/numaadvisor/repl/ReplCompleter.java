package dev.numaadvisor.repl;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.builtins.Completers;

/** Completes command names, then each command's words (policies, scopes, knobs) or file paths. */
final class ReplCompleter implements Completer {
    private final List<ReplCommandSpec> commands;
    private final Completer files = new Completers.FileNameCompleter();

    ReplCompleter(List<ReplCommandSpec> commands) {
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            commands.forEach(c -> candidates.add(new Candidate(c.name())));
            return;
        }
        String first = line.words().get(0);
        for (ReplCommandSpec c : commands) {
            if (!c.name().equals(first)) {
                continue;
            }
            boolean fileArg = c.completion() == ReplCommandSpec.Completion.FILES
                    || (c.name().equals("/node") && line.words().size() > 2 && line.words().get(1).equals("import"));
            if (fileArg) {
                files.complete(reader, line, candidates);
            } else if (c.name().equals("/config") && line.wordIndex() == 2) {
                for (String f : dev.numaadvisor.app.session.ConfigView.KEY_FIELDS) {
                    candidates.add(new Candidate(f + "=", f + "=", null, null, null, null, false));
                }
            } else {
                c.words().forEach(w -> candidates.add(new Candidate(w, w, null, null, null, null, !w.endsWith("="))));
            }
        }
    }

}
