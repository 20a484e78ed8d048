package dev.numaadvisor.adapter.text;

import dev.numaadvisor.core.fleet.ConfigOutcome;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.NumaStranding;
import dev.numaadvisor.core.fleet.ShapeOutcome;
import dev.numaadvisor.core.fleet.Units;
import java.util.Locale;

/**
 * The fleet report for a terminal: the capacity cliff as bars first (what a team lead reads),
 * then the numbers behind it, stranding per NUMA node, and the shapes the kubelet kept rejecting.
 */
public final class FleetTextRenderer {
    static final int BAR_WIDTH = 40;

    private FleetTextRenderer() {
    }

    public static String render(FleetReport r, Style style) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold("Fleet " + r.name())).append(": ").append(r.nodes())
                .append(r.nodes() == 1 ? " node, " : " nodes, ").append(r.pods()).append(" pods").append(r.steps() > 0 ? " over " + r.steps() + " steps" : "").append(", ")
                .append(r.scoring()).append(" scheduler, seed ").append(r.seed()).append("\n\n");
        sb.append(cliff(r, style)).append('\n');
        sb.append(style.bold("Admission per config")).append('\n').append(summary(r)).append('\n');
        sb.append(style.bold("Stranded per NUMA node")).append(" (free, but less than the smallest pinned shape)\n")
                .append(stranding(r)).append('\n');
        sb.append(runaways(r, style));
        return sb.toString();
    }

    /** The chart: CPUs admitted per config against the none baseline. */
    public static String cliff(FleetReport r, Style style) {
        long max = 1;
        int labelWidth = 6;
        for (ConfigOutcome o : r.outcomes()) {
            max = Math.max(max, o.admittedCpuMillis());
            labelWidth = Math.max(labelWidth, o.label().length());
        }
        StringBuilder sb = new StringBuilder(style.bold("Capacity admitted")).append(" (CPUs requested by the pods "
                + "each config admits; lost = against topologyManagerPolicy none)\n");
        for (ConfigOutcome o : r.outcomes()) {
            String label = String.format(Locale.ROOT, "  %-" + labelWidth + "s  ", o.label());
            if (o.startError() != null) {
                sb.append(label).append(style.red("kubelet would not start: " + o.startError())).append('\n');
                continue;
            }
            String bar = Bars.bar(o.admittedCpuMillis(), max, BAR_WIDTH);
            sb.append(label).append(colour(o.capacityLostPercent(), bar, style)).append(' ')
                    .append(String.format(Locale.ROOT, "%7s CPU", cpus(o.admittedCpuMillis())))
                    .append(lost(o.capacityLostPercent())).append('\n');
        }
        return sb.toString();
    }

    private static String colour(Double lost, String s, Style style) {
        if (lost == null || lost <= 1) {
            return style.green(s);
        }
        return lost <= 10 ? style.yellow(s) : style.red(s);
    }

    private static String lost(Double percent) {
        if (percent == null) {
            return "";
        }
        if (Math.abs(percent) < 0.05) {
            return "  baseline";
        }
        return String.format(Locale.ROOT, "  %s%.1f%% capacity", percent > 0 ? "-" : "+", Math.abs(percent));
    }

    static String cpus(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static String summary(FleetReport r) {
        Table t = new Table().row("config", "admitted", "rejected", "TopologyAffinityError", "other rejections",
                "unschedulable", "cross-NUMA", "stranded CPUs", "stranded memory", "capacity lost");
        for (ConfigOutcome o : r.outcomes()) {
            if (o.startError() != null) {
                continue;
            }
            int other = o.kubeletRejections() - o.topologyAffinityErrors();
            t.row(o.label(), o.admitted() + "/" + o.pods(), Integer.toString(o.rejected()),
                    Integer.toString(o.topologyAffinityErrors()), Integer.toString(other),
                    Integer.toString(o.unschedulable()), Integer.toString(o.admittedCrossNuma()),
                    Long.toString(o.strandedCpus()), Units.bytes(o.strandedMemoryBytes()),
                    o.capacityLostPercent() == null ? "-"
                            : String.format(Locale.ROOT, "%.1f%%", o.capacityLostPercent()));
        }
        return t.render("  ");
    }

    private static String stranding(FleetReport r) {
        Table t = new Table().row("config", "NUMA node", "free CPUs", "stranded CPUs", "free memory",
                "stranded memory");
        for (ConfigOutcome o : r.outcomes()) {
            for (NumaStranding s : o.stranding()) {
                t.row(o.label(), Integer.toString(s.numaNode()), Long.toString(s.freeCpus()),
                        Long.toString(s.strandedCpus()), Units.bytes(s.freeMemoryBytes()),
                        Units.bytes(s.strandedMemoryBytes()));
            }
        }
        return t.render("  ");
    }

    private static String runaways(FleetReport r, Style style) {
        Table t = new Table().row("config", "pod template", "shape", "pods placed then rejected",
                "kubelet rejections", "never admitted");
        int rows = 0;
        for (ConfigOutcome o : r.outcomes()) {
            for (ShapeOutcome s : o.shapes()) {
                if (s.kubeletRejections() > 0) {
                    rows++;
                    t.row(o.label(), s.template(), s.shape(), Integer.toString(s.placedThenRejected()),
                            Integer.toString(s.kubeletRejections()), Integer.toString(s.neverAdmitted()));
                }
            }
        }
        StringBuilder sb = new StringBuilder(style.bold("Runaway pods")).append(": shapes the scheduler placed "
                + "(node totals fit) and the kubelet then rejected; each re-created pod was placed again\n");
        return rows == 0 ? sb.append("  none: the kubelet admitted every pod the scheduler placed\n").toString()
                : sb.append(t.render("  ")).toString();
    }
}
