package dev.numaadvisor.adapter.html;

import dev.numaadvisor.core.fleet.ConfigOutcome;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.NumaStranding;
import dev.numaadvisor.core.fleet.ShapeOutcome;
import dev.numaadvisor.core.fleet.Units;
import java.util.Locale;

/**
 * The fleet report as one self-contained HTML page: inline SVG charts and CSS, no script, no
 * network, so it opens from a file and can be mailed as is.
 */
public final class FleetHtml {
    private static final String[] PALETTE = {"#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#558b2f", "#ad1457",
        "#4e342e", "#37474f"};
    private static final int BAR_MAX_PX = 520;
    private static final int ROW_PX = 30;
    // Wide enough for "single-numa-node/pod + NUMA-aware scheduler" at the page's font size.
    private static final int LABEL_PX = 330;

    private FleetHtml() {
    }

    public static String render(FleetReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Fleet ")
                .append(esc(r.name())).append(" – capacity by Topology Manager policy</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;")
                .append("text-align:right}td:first-child,th:first-child{text-align:left}")
                .append("svg text{font-size:13px;font-family:system-ui,sans-serif}</style></head><body>\n");
        sb.append("<h1>Fleet ").append(esc(r.name())).append("</h1>\n<p>").append(r.nodes())
                .append(r.nodes() == 1 ? " node, " : " nodes, ")
                .append(r.pods()).append(" pods").append(r.steps() > 0 ? " over " + r.steps() + " steps" : "")
                .append(", ").append(esc(r.scoring())).append(" scheduler, seed ").append(r.seed()).append("</p>\n");
        sb.append("<h2>Capacity admitted per config</h2>\n<p>CPUs requested by the pods each config admits; "
                + "the percentage is the capacity lost against topologyManagerPolicy none.</p>\n");
        sb.append(cliffSvg(r));
        sb.append("<h2>Stranded CPUs per NUMA node</h2>\n<p>Free CPUs on NUMA nodes too small for the "
                + "smallest pinned shape, one colour per NUMA node id. Stranded memory is in the table "
                + "below: CPUs and bytes do not share one bar.</p>\n").append(strandedLegend(r))
                .append(strandedSvg(r));
        sb.append(summaryTable(r)).append(runawayTable(r));
        return sb.append("</body></html>\n").toString();
    }

    private static String cliffSvg(FleetReport r) {
        long max = 1;
        for (ConfigOutcome o : r.outcomes()) {
            max = Math.max(max, o.admittedCpuMillis());
        }
        int height = ROW_PX * r.outcomes().size() + 10;
        StringBuilder sb = svgOpen("cliff", height, "CPUs admitted per config");
        int y = 5;
        for (ConfigOutcome o : r.outcomes()) {
            int w = (int) Math.round((double) o.admittedCpuMillis() / max * BAR_MAX_PX);
            Double lost = o.capacityLostPercent();
            String colour = lost == null || lost <= 1 ? "#2e7d32" : lost <= 10 ? "#f9a825" : "#c62828";
            sb.append(text(0, y + 18, o.label()));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"%s\">"
                    + "<title>%s</title></rect>", LABEL_PX, y + 3, w, colour, esc(o.label())));
            String value = o.startError() != null ? "kubelet would not start"
                    : o.admittedCpuMillis() / 1000 + " CPU" + (lost == null || Math.abs(lost) < 0.05 ? ""
                    : String.format(Locale.ROOT, " (−%.1f%%)", lost));
            sb.append(text(LABEL_PX + w + 6, y + 18, value));
            y += ROW_PX;
        }
        return sb.append("</svg>\n").toString();
    }

    private static String strandedSvg(FleetReport r) {
        long max = 1;
        for (ConfigOutcome o : r.outcomes()) {
            max = Math.max(max, o.strandedCpus());
        }
        int height = ROW_PX * r.outcomes().size() + 10;
        StringBuilder sb = svgOpen("stranded", height, "Stranded CPUs per config");
        int y = 5;
        for (ConfigOutcome o : r.outcomes()) {
            sb.append(text(0, y + 18, o.label()));
            int x = LABEL_PX;
            for (NumaStranding s : o.stranding()) {
                int w = (int) Math.round((double) s.strandedCpus() / max * BAR_MAX_PX);
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" "
                                + "fill=\"%s\"><title>NUMA %d: %d CPUs</title></rect>", x, y + 3, w,
                        colour(s.numaNode()), s.numaNode(), s.strandedCpus()));
                x += w;
            }
            sb.append(text(x + 6, y + 18, o.strandedCpus() + " CPU"));
            y += ROW_PX;
        }
        return sb.append("</svg>\n").toString();
    }

    /** One swatch per NUMA node id that strands CPUs in some config, in id order. */
    private static String strandedLegend(FleetReport r) {
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
        r.outcomes().forEach(o -> o.stranding().forEach(s -> ids.add(s.numaNode())));
        StringBuilder sb = new StringBuilder("<p class=\"legend\">");
        for (int id : ids) {
            sb.append(String.format(Locale.ROOT, "<span style=\"display:inline-block;width:12px;height:12px;"
                    + "background:%s;margin:0 4px 0 12px\"></span>NUMA %d", colour(id), id));
        }
        return sb.append(ids.isEmpty() ? "no CPUs stranded" : "").append("</p>\n").toString();
    }

    /** The colour of a NUMA node id's bar segment and legend swatch (ids past 7 reuse the palette). */
    private static String colour(int numaNode) {
        return PALETTE[numaNode % PALETTE.length];
    }

    private static StringBuilder svgOpen(String id, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">", id, LABEL_PX + BAR_MAX_PX + 200,
                height, esc(title)));
    }

    private static String text(int x, int y, String s) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x, y, esc(s));
    }

    private static String summaryTable(FleetReport r) {
        StringBuilder sb = new StringBuilder("<h2>Admission per config</h2>\n<table><tr><th>config</th>"
                + "<th>admitted</th><th>rejected</th><th>TopologyAffinityError</th><th>unschedulable</th>"
                + "<th>cross-NUMA</th><th>stranded CPUs</th><th>stranded memory</th><th>capacity lost</th></tr>\n");
        for (ConfigOutcome o : r.outcomes()) {
            sb.append("<tr><td>").append(esc(o.label())).append("</td>");
            cell(sb, o.admitted() + "/" + o.pods());
            cell(sb, Integer.toString(o.rejected()));
            cell(sb, Integer.toString(o.topologyAffinityErrors()));
            cell(sb, Integer.toString(o.unschedulable()));
            cell(sb, Integer.toString(o.admittedCrossNuma()));
            cell(sb, Long.toString(o.strandedCpus()));
            cell(sb, Units.bytes(o.strandedMemoryBytes()));
            cell(sb, o.capacityLostPercent() == null ? "-"
                    : String.format(Locale.ROOT, "%.1f%%", o.capacityLostPercent()));
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    private static String runawayTable(FleetReport r) {
        StringBuilder sb = new StringBuilder("<h2>Runaway pods</h2>\n<p>Shapes the scheduler placed (node totals "
                + "fit) and the kubelet then rejected.</p>\n<table><tr><th>config</th><th>template</th><th>shape</th>"
                + "<th>placed then rejected</th><th>kubelet rejections</th><th>never admitted</th></tr>\n");
        for (ConfigOutcome o : r.outcomes()) {
            for (ShapeOutcome s : o.shapes()) {
                if (s.kubeletRejections() == 0) {
                    continue;
                }
                sb.append("<tr><td>").append(esc(o.label())).append("</td>");
                cell(sb, s.template());
                cell(sb, s.shape());
                cell(sb, Integer.toString(s.placedThenRejected()));
                cell(sb, Integer.toString(s.kubeletRejections()));
                cell(sb, Integer.toString(s.neverAdmitted()));
                sb.append("</tr>\n");
            }
        }
        return sb.append("</table>\n").toString();
    }

    private static void cell(StringBuilder sb, String s) {
        sb.append("<td>").append(esc(s)).append("</td>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
