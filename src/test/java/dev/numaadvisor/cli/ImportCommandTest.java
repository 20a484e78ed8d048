package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code collect} through Main.run, as a user runs them. */
class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void importsToStdoutAndSaysHowEachFileWasRead() {
        int code = run("import", FIXTURES.resolve("lscpu/amd-epyc7742-2s-nps4-a100.txt").toString(),
                FIXTURES.resolve("nvidia-smi/dgx-a100-topo-m.txt").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("# Imported by numa-advisor from 2 files."));
        assertTrue(out.toString().contains("    - {resource: nvidia.com/gpu, id: GPU0, numaNode: 3}"));
        assertTrue(err.toString().contains("amd-epyc7742-2s-nps4-a100.txt: read as lscpu (human output)"));
        assertTrue(err.toString().contains("dgx-a100-topo-m.txt: read as nvidia-smi topo -m"));
    }

    @Test
    void writesTheScenarioWithDashOAndTheOutputIsDeterministic() throws IOException {
        Path a = tmp.resolve("a.yaml");
        Path b = tmp.resolve("b.yaml");
        String lscpu = FIXTURES.resolve("lscpu-p/intel-1s8c-ht-cmk.csv").toString();
        assertEquals(0, run("import", lscpu, "-o", a.toString()));
        assertEquals(0, run("import", lscpu, "-o", b.toString()));
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals(0, run("simulate", a.toString()), err.toString());
    }

    @Test
    void aBundleDirectoryImportsWhatItKnowsAndListsWhatItSkipped() throws IOException {
        Path bundle = tmp.resolve("bundle");
        Files.createDirectories(bundle.resolve("sys/devices/system/node/node0"));
        Files.writeString(bundle.resolve("sys/devices/system/node/node0/cpulist"), "0-15\n");
        Files.writeString(bundle.resolve("sys/devices/system/node/node0/vmstat"), "nr_free_pages 1\n");
        Files.copy(FIXTURES.resolve("lscpu-p/intel-1s8c-ht-cmk.csv"), bundle.resolve("lscpu-p.csv"));
        Files.copy(FIXTURES.resolve("kubectl/get-events-topologyaffinityerror.txt"), bundle.resolve("events.txt"));
        Files.writeString(bundle.resolve("notes.txt"), "rebooted at 3am\n");
        Files.writeString(bundle.resolve("both.txt"), "available: 1 nodes (0)\nnode 0 cpus: 0\nCPU(s): 1\n");
        int code = run("import", bundle.toString());
        assertEquals(0, code, err.toString());
        String e = err.toString();
        assertTrue(e.contains("notes.txt: skipped: not a format numa-advisor reads"), e);
        assertTrue(e.contains("both.txt: skipped: could be lscpu (human output) or numactl -H; use --format"), e);
        assertTrue(e.contains("(1 sysfs files): skipped: sysfs files the import has no use for"), e);
        assertTrue(e.contains("bundle: read as sysfs files"), e);
        assertTrue(e.contains("pod trading-engine-0 was rejected: TopologyAffinityError"), e);
    }

    @Test
    void readsASysfsTarball() throws IOException {
        Map<String, String> files = new TreeMap<>();
        files.put("sys/devices/system/node/node0/cpulist", "0-3\n");
        files.put("sys/devices/system/node/node1/cpulist", "4-7\n");
        files.put("sys/devices/system/node/node0/distance", "10 21\n");
        files.put("sys/devices/system/node/node1/distance", "21 10\n");
        files.put("sys/devices/system/node/node0/meminfo", "Node 0 MemTotal:  1048576 kB\n");
        files.put("sys/devices/system/node/node1/meminfo", "Node 1 MemTotal:  1048576 kB\n");
        Path tar = tmp.resolve("sysfs.tar.gz");
        Files.write(tar, gzipTar(files));
        assertEquals(0, run("import", tar.toString()), err.toString());
        assertTrue(out.toString().contains("      - {id: 1, memory: 1Gi}"), out.toString());
        assertTrue(out.toString().contains("      - [21, 10]"), out.toString());
    }

    @Test
    void badInputExitsTwoWithFileAndLineAndNoStackTrace() throws IOException {
        Path bad = tmp.resolve("numactl.txt");
        Files.writeString(bad, "available: 2 nodes (0-1)\nnode 0 cpus: 0 1\nnode 0 size: 10 MB\n");
        assertEquals(2, run("import", bad.toString()));
        assertTrue(err.toString().contains("node 1 is available but its cpus/size lines are missing"), err.toString());
        assertTrue(err.toString().contains(bad + ":1:1"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertEquals(2, run("import", tmp.resolve("missing.txt").toString()));
        assertEquals(2, run("import", "--format", "punchcards", bad.toString()));
        assertTrue(err.toString().contains("lscpu-p"), err.toString());
    }

    @Test
    void collectPrintsOnlyReadOnlyCommands() {
        assertEquals(0, run("collect", "--print"));
        String text = out.toString();
        assertTrue(text.contains("lscpu -p=CPU,CORE,SOCKET,NODE,CACHE > lscpu-p.csv"));
        assertTrue(text.contains("numactl -H > numactl.txt"));
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            assertFalse(line.matches(".*\\b(rm|mv|cp|tee|dd|echo|sysctl|systemctl|apply|delete|patch|edit|label"
                    + "|annotate|cordon|drain|taint|create|replace|scale)\\b.*"), line);
            assertFalse(line.contains(">>"), line);
            String target = line.substring(line.lastIndexOf('>') + 1).trim();
            assertTrue(target.matches("[A-Za-z0-9_.-]+"), "writes only a local file: " + line);
        }
    }

    /** A minimal ustar archive, gzip-compressed. */
    private static byte[] gzipTar(Map<String, String> files) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] data = f.getValue().getBytes(StandardCharsets.UTF_8);
            byte[] header = new byte[512];
            put(header, 0, f.getKey());
            put(header, 100, "0000644");
            put(header, 124, String.format("%011o", data.length));
            header[156] = '0';
            put(header, 257, "ustar");
            tar.write(header);
            tar.write(data);
            tar.write(new byte[(512 - data.length % 512) % 512]);
        }
        tar.write(new byte[1024]);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(tar.toByteArray());
        }
        return gz.toByteArray();
    }

    private static void put(byte[] b, int off, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, b, off, bytes.length);
    }
}
