package dev.numaadvisor.app.check;

import dev.numaadvisor.adapter.machine.KubectlDescribeNodeParser;
import dev.numaadvisor.adapter.machine.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a pasted {@code kubectl describe node} (or any kubectl table) reveals: the node
 * (read by the project's own describe-node parser), its addresses and hostname, serial numbers
 * (MachineID, SystemUUID, BootID), and the namespaces and pods of "Non-terminated Pods". Each
 * name comes with the placeholder kind to hide it under. Empty for text that is no such paste.
 */
public final class PastedNames {
    /** A value to hide and its placeholder kind (NODE, HOST, IP, NS, POD, SERIAL). */
    public record Name(String kind, String value) {
    }

    private static final Pattern FIELD = Pattern.compile("(?m)^\\s*(Name|Hostname|InternalIP|ExternalIP|InternalDNS"
            + "|ExternalDNS|Machine ID|System UUID|Boot ID|MachineID|SystemUUID|BootID|ProviderID|PodCIDRs?)"
            + ":\\s+(\\S.*?)\\s*$");
    private static final Pattern HOSTNAME_LABEL = Pattern.compile("kubernetes\\.io/hostname=([\\w.-]+)");
    private static final Pattern POD_ROW = Pattern.compile("^\\s+([a-z0-9][a-z0-9.-]*)\\s+([a-z0-9][a-z0-9.-]*)\\s+"
            + "\\S+\\s+\\(");

    private PastedNames() {
    }

    public static List<Name> of(String text) {
        List<Name> out = new ArrayList<>();
        if (text == null || !text.contains(":")) {
            return out;
        }
        nodeName(text, out);
        Matcher f = FIELD.matcher(text);
        while (f.find()) {
            String key = f.group(1).replace(" ", "");
            String value = f.group(2);
            String kind = key.equals("Name") ? "NODE" : key.endsWith("IP") || key.startsWith("PodCIDR") ? "IP"
                    : key.endsWith("DNS") || key.equals("Hostname") ? "HOST" : "SERIAL";
            if (!key.equals("Name") || out.stream().noneMatch(n -> n.kind().equals("NODE"))) {
                out.add(new Name(kind, value));
            }
        }
        Matcher h = HOSTNAME_LABEL.matcher(text);
        while (h.find()) {
            out.add(new Name("HOST", h.group(1)));
        }
        pods(text, out);
        return out;
    }

    /** The describe-node parser's Name:, when the paste is one it reads. */
    private static void nodeName(String text, List<Name> out) {
        try {
            String name = new KubectlDescribeNodeParser().parse(new SourceText("paste", text)).nodeName();
            if (name != null && !name.isBlank()) {
                out.add(new Name("NODE", name));
            }
        } catch (RuntimeException e) {
            // Not a describe-node paste (or only part of one): the field patterns still apply.
        }
    }

    /** Rows under "Non-terminated Pods:": namespace, pod name, then the CPU requests column "500m (6%)". */
    private static void pods(String text, List<Name> out) {
        boolean in = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("Non-terminated Pods:")) {
                in = true;
                continue;
            }
            if (in && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                in = false;
            }
            Matcher m = POD_ROW.matcher(line);
            if (in && m.find() && !m.group(1).equals("namespace") && !line.contains("---")) {
                out.add(new Name("NS", m.group(1)));
                out.add(new Name("POD", m.group(2)));
            }
        }
    }
}
