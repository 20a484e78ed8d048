package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.WhatIf;

/** The usual before/after table of a change said in words, and whether the session took it. */
final class BeforeAfter {
    private BeforeAfter() {
    }

    static String write(Session before, Session after, boolean hypothetical) {
        WhatIf.Comparison c = WhatIf.compare(before, after, hypothetical ? "what if" : "now");
        StringBuilder sb = new StringBuilder("## Before and after\n");
        if (c.changes().isEmpty()) {
            sb.append("No pod's admission, NUMA node or CPUs change:");
            c.after().pods().forEach(p -> sb.append(' ').append(p.name()).append(' ')
                    .append(WhatIf.outcome(p, c.afterMachine())).append(';'));
            sb.setLength(sb.length() - 1);
            sb.append(".\n");
        } else {
            sb.append(WhatIf.table(c));
        }
        sb.append(hypothetical ? "(The session is unchanged: say it without \"what if\" to keep the change.)\n"
                : "(The session now holds the change.)\n");
        return sb.toString();
    }
}
