package dev.numaadvisor.cli;

import static dev.numaadvisor.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.adapter.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code fleet} end to end: golden text (the chart) and JSON for the hand-worked tiny pool,
 * byte-identical reruns, the JSON shape, bad input with file:line:col, and the HTML page.
 * {@code -Dgolden.update=true} rewrites the golden files.
 */
class FleetCommandTest {
    static final Path DIR = Path.of("src/test/resources/golden/fleet");
    static final String TINY = "src/test/resources/fleet/tiny.yaml";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text, tiny.txt", "json, tiny.json"})
    void outputMatchesGolden(String format, String golden) throws IOException {
        String[] r = run("fleet", TINY, "--output", format);
        assertEquals("0", r[0], r[2]);
        Path file = DIR.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, r[1]);
        }
        assertEquals(Files.readString(file), r[1], "rerun with -Dgolden.update=true and review git diff");
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        String churn = "src/test/resources/fleet/churn.yaml";
        String first = run("fleet", churn, "--output", "json")[1];
        assertEquals(first, run("fleet", churn, "--output", "json")[1]);
        assertTrue(first.contains("\"steps\": 40"), first);
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        JsonNode root = Json.mapper().readTree(run("fleet", TINY, "--output", "json")[1]);
        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertEquals(List.of("kind", "name", "nodes", "pods", "steps", "scoring", "seed", "configs"), top);
        List<String> config = new ArrayList<>();
        root.get("configs").get(0).fieldNames().forEachRemaining(config::add);
        assertEquals(List.of("name", "topologyManagerPolicy", "topologyManagerScope", "numaAwareScheduler",
                "startError", "pods", "admitted", "rejected", "unschedulable", "kubeletRejections",
                "rejectionsByReason", "topologyAffinityErrors", "admittedCrossNuma", "admittedCpuMillis",
                "admittedMemoryBytes", "capacityLostPercent", "strandedCpus", "strandedMemoryBytes", "stranding",
                "shapes"), config);
        assertEquals(42.86, root.get("configs").get(1).get("capacityLostPercent").asDouble());
    }

    @Test
    void unknownFieldIsAnErrorWithItsPosition(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, Files.readString(Path.of(TINY)).replace("  retryLimit: 1", "  retryLimt: 1"));
        String[] r = run("fleet", f.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("bad.yaml:12:3"), r[2]);
        assertTrue(r[2].contains("did you mean \"retryLimit\""), r[2]);
    }

    @Test
    void negativePercentageOfNodesToScoreIsAnError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        String yaml = Files.readString(Path.of(TINY));
        Files.writeString(f, yaml + "scheduler:\n  percentageOfNodesToScore: -5\n");
        String[] r = run("fleet", f.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("percentageOfNodesToScore must be 0 or more"), r[2]);
        Files.writeString(f, yaml + "scheduler:\n  percentageOfNodesToScore: 100\n");
        assertEquals(run("fleet", TINY, "--output", "json")[1], run("fleet", f.toString(), "--output", "json")[1],
                "under 100 nodes the scheduler scores every node whatever the percentage");
    }

    /** Renders the page in a real headless browser when one is installed (skipped otherwise). */
    @Test
    void htmlRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        String browser = null;
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (browser == null && Files.isExecutable(Path.of(d, name))) {
                    browser = Path.of(d, name).toString();
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(browser != null, "no chromium on PATH");
        Path html = dir.resolve("report.html");
        Path png = dir.resolve("report.png");
        assertEquals("0", run("fleet", TINY, "--html", html.toString())[0]);
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--screenshot=" + png, "--window-size=1000,900", html.toUri().toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "chromium timed out");
        assertTrue(Files.size(png) > 1000, "screenshot written");
    }

    @Test
    void htmlIsSelfContained(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        assertEquals("0", run("fleet", TINY, "--html", html.toString())[0]);
        String page = Files.readString(html);
        assertTrue(page.contains("<svg id=\"cliff\""));
        assertTrue(page.contains("single-numa-node"));
        assertTrue(!page.contains("<script") && !page.contains("https://"), "no script, no network");
    }

    @Test
    void strandedChartHasALegendAndCountsOnlyCpus(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        assertEquals("0", run("fleet", TINY, "--html", html.toString())[0]);
        String page = Files.readString(html);
        assertTrue(page.contains("<p class=\"legend\">"), "the NUMA colours are named");
        String chart = page.substring(page.indexOf("<svg id=\"stranded\""));
        chart = chart.substring(0, chart.indexOf("</svg>"));
        java.util.regex.Matcher values = java.util.regex.Pattern.compile("<text [^>]*>(\\d[^<]*)</text>").matcher(chart);
        int n = 0;
        while (values.find()) {
            assertTrue(values.group(1).matches("\\d+ CPU"), "CPUs only, no bytes: " + values.group(1));
            n++;
        }
        assertTrue(n > 0, chart);
    }
}
