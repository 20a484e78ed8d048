package dev.numaadvisor.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one catalogue of commands that change a node or a cluster, shared by the answer checker and
 * the drafted rollout plans. A command line is split the way a shell would run it (pipes, &&, ||,
 * ;, sudo, env, bash -c '…', chroot /host, nsenter … --, kubectl debug … --) and each simple
 * command is classified; {@link #find} returns the first changing one, empty for read-only lines.
 */
public final class DangerousCommands {
    /** One catalogue entry: an id for tests and messages, and the command words it matches. */
    public record Entry(String id, Pattern pattern) {
    }

    private static final String KUBELET_FILES = "(?:/var/lib/kubelet|/etc/kubernetes|/etc/systemd|/var/lib/kubelet/"
            + "|cpu_manager_state|memory_manager_state|kubelet\\.conf|config\\.yaml)";
    static final List<Entry> CATALOGUE = List.of(
            entry("kubectl-mutating", "kubectl(?:\\s+-{1,2}[\\w-]+(?:[=\\s]+[^-\\s]\\S*)?)*\\s+(?:apply|edit|patch|delete"
                    + "|drain|cordon|uncordon|replace|label|annotate|taint|create|scale|set|autoscale|expose|run"
                    + "|rollout\\s+(?:restart|undo|pause|resume)|debug|cp)\\b"),
            entry("systemctl-change", "systemctl(?:\\s+-{1,2}[\\w-]+)*\\s+(?:start|stop|restart|reload|try-restart"
                    + "|reload-or-restart|enable|disable|mask|unmask|kill|daemon-reload|reboot|poweroff|halt"
                    + "|isolate|edit|set-property|revert)\\b"),
            entry("service-change", "service\\s+\\S+\\s+(?:start|stop|restart|reload)\\b"),
            entry("power", "(?:reboot|shutdown|poweroff|halt|kexec)\\b|init\\s+[06]\\b|telinit\\s+[06]\\b"),
            entry("kubeadm-change", "kubeadm\\s+(?:reset|init|join|upgrade\\s+(?:apply|node)|certs\\s+renew)\\b"),
            entry("container-runtime-change", "(?:crictl|ctr|nerdctl|docker|podman)(?:\\s+-{1,2}[\\w-]+"
                    + "(?:[=\\s]+[^-\\s]\\S*)?)*\\s+(?:rm|rmi|rmp|stop|stopp|kill|restart|prune|system\\s+prune"
                    + "|update|(?:container|image|pod)s?\\s+(?:rm|prune|kill|stop))\\b"),
            entry("file-removal", "(?:rm|shred|unlink|truncate|rmdir)\\b"),
            entry("disk-write", "(?:dd|mkfs(?:\\.\\w+)?|fdisk|parted|wipefs|mount|umount|swapoff|swapon)\\b"),
            entry("kubelet-file-write", "(?:tee|cp|mv|install|ln|chmod|chown|touch|sed\\s+(?:-\\w*\\s+)*-i\\S*"
                    + "|vi|vim|nano)\\b.*" + KUBELET_FILES),
            entry("sysctl-write", "sysctl\\s+(?:-\\w+\\s+)*(?:-w\\b|\\S+=)|echo\\s.*>\\s*/(?:proc|sys)/"),
            entry("package-change", "(?:apt|apt-get|yum|dnf|zypper|rpm|dpkg)\\s+(?:-\\S+\\s+)*(?:install|remove"
                    + "|purge|upgrade|dist-upgrade|erase|-i|-e|-U)\\b"),
            entry("remote-shell", "ssh\\s+\\S"),
            entry("kill", "(?:kill|pkill|killall)\\b"));
    /** A redirection into a file is a write, wherever it points (except /dev/null). */
    private static final Pattern REDIRECT = Pattern.compile("(?<![<&0-9])>{1,2}\\s*(?!&|/dev/null)\\S");
    /** Prefixes that run the rest of the line as a command of their own. */
    // sudo's options that take a value (-u user, -g group…) are the only ones followed by a word.
    private static final Pattern WRAPPER = Pattern.compile("^(?:sudo(?:\\s+(?:-[ugCDhpTrU]\\s*[^-\\s]\\S*"
            + "|-{1,2}[\\w-]+(?:=\\S+)?))*"
            + "|doas|env(?:\\s+\\w+=\\S*)*|nohup|time|exec|nice(?:\\s+-n\\s*-?\\d+)?|timeout\\s+\\S+|watch(?:\\s+-n\\s*\\S+)?"
            + "|xargs(?:\\s+-\\S+)*|chroot\\s+\\S+|nsenter\\b.*?\\s--|\\w+=\\S*)\\s+");
    private static final Pattern SHELL_C = Pattern.compile("^(?:ba|z|da)?sh\\s+(?:-\\w*\\s+)*-\\w*c\\s+(['\"]?)(.*)\\1$");
    private static final Pattern DEBUG_COMMAND = Pattern.compile("^(kubectl\\s.*?\\bdebug\\b.*?)\\s--\\s+(.*)$");

    private DangerousCommands() {
    }

    private static Entry entry(String id, String regex) {
        return new Entry(id, Pattern.compile("^(?:" + regex + ")"));
    }

    /** The first catalogue entry a command line matches (any of its simple commands), or empty. */
    public static Optional<Entry> find(String commandLine) {
        if (commandLine == null) {
            return Optional.empty();
        }
        for (String command : simpleCommands(commandLine.strip().replaceFirst("^[$#]\\s+", ""), 0)) {
            Optional<Entry> hit = classify(command);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    public static boolean changesTheNode(String commandLine) {
        return find(commandLine).isPresent();
    }

    /** Words that start a command inside a sentence ("then run kubectl drain n1 and …"). */
    private static final Pattern PROSE_START = Pattern.compile("(?i)\\b(?:sudo\\s+)?(?:kubectl|systemctl|kubeadm"
            + "|crictl|nerdctl|ctr|ssh)\\s");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

    /**
     * For a line of prose: its inline code spans are commands; without any, each place where a
     * command word starts is read as a command up to the next "and"/comma, so plain words such as
     * "reboot" in a sentence are not mistaken for commands.
     */
    public static Optional<Entry> findInProse(String line) {
        Matcher span = CODE_SPAN.matcher(line);
        boolean anySpan = false;
        while (span.find()) {
            anySpan = true;
            Optional<Entry> hit = find(span.group(1));
            if (hit.isPresent()) {
                return hit;
            }
        }
        if (anySpan) {
            return Optional.empty();
        }
        Matcher start = PROSE_START.matcher(line);
        while (start.find()) {
            String rest = line.substring(start.start()).split("(?i)\\s+(?:and|then|or)\\s+|[,;(]|\\.(?:\\s|$)")[0];
            Optional<Entry> hit = find(rest);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return find(line).filter(e -> line.strip().startsWith("$") || line.strip().startsWith("sudo "));
    }

    private static Optional<Entry> classify(String command) {
        String c = command.strip();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (REDIRECT.matcher(c).find() && !c.startsWith("#")) {
            return Optional.of(new Entry("redirect-write", REDIRECT));
        }
        String lower = c.toLowerCase(Locale.ROOT);
        for (Entry e : CATALOGUE) {
            if (e.pattern().matcher(lower).find()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Splits on pipes and list operators outside quotes, then unwraps sudo, sh -c and friends. */
    static List<String> simpleCommands(String line, int depth) {
        List<String> out = new ArrayList<>();
        for (String part : splitOutsideQuotes(line)) {
            String p = part.strip();
            for (int guard = 0; guard < 8; guard++) {
                Matcher w = WRAPPER.matcher(p);
                if (!w.find()) {
                    break;
                }
                p = p.substring(w.end()).strip();
            }
            Matcher sh = SHELL_C.matcher(p);
            Matcher debug = DEBUG_COMMAND.matcher(p);
            if (sh.find() && depth < 4) {
                out.addAll(simpleCommands(sh.group(2), depth + 1));
            } else if (debug.find() && depth < 4) {
                out.add(debug.group(1));
                out.addAll(simpleCommands(debug.group(2), depth + 1));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> splitOutsideQuotes(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
                cur.append(ch);
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                cur.append(ch);
            } else if (ch == ';' || ch == '|' || (ch == '&' && (i + 1 >= line.length() || line.charAt(i + 1) != '>')
                    && (i == 0 || line.charAt(i - 1) != '>'))) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
