package dev.numaadvisor.adapter.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Detection from content for every fixture; the file name only breaks ties; ambiguity is refused. */
class FormatDetectorTest {
    private static final Map<String, InputFormat> BY_FOLDER = new TreeMap<>(Map.ofEntries(
            Map.entry("lscpu", InputFormat.LSCPU), Map.entry("lscpu-p", InputFormat.LSCPU_PARSE),
            Map.entry("lscpu-e", InputFormat.LSCPU_EXTENDED), Map.entry("lscpu-json", InputFormat.LSCPU_JSON),
            Map.entry("numactl", InputFormat.NUMACTL), Map.entry("sysfs", InputFormat.SYSFS),
            Map.entry("nvidia-smi", InputFormat.NVIDIA_SMI_TOPO), Map.entry("lstopo", InputFormat.LSTOPO),
            Map.entry("nrt", InputFormat.NODE_RESOURCE_TOPOLOGY),
            Map.entry("kubelet-config", InputFormat.KUBELET_CONFIG)));
    private static final Map<String, InputFormat> BY_FILE = Map.of(
            "kubectl/describe-node-8gpu-excerpt.txt", InputFormat.KUBECTL_DESCRIBE_NODE,
            "kubectl/describe-pod-topologyaffinityerror-events.txt", InputFormat.KUBECTL_DESCRIBE_POD,
            "kubectl/get-events-topologyaffinityerror.txt", InputFormat.KUBECTL_EVENTS,
            "kubectl/get-pods-topologyaffinityerror-modern.txt", InputFormat.KUBECTL_GET_PODS,
            "kubectl/get-pods-topologyaffinityerror-runaway.txt", InputFormat.KUBECTL_GET_PODS,
            "kubectl/pod-status-topologyaffinityerror.yaml", InputFormat.KUBECTL_POD_YAML,
            "kubelet-state/memory_manager_state-static-2numa.json", InputFormat.MEMORY_MANAGER_CHECKPOINT);

    @Test
    void everyFixtureIsDetectedFromItsContent() throws IOException {
        try (Stream<Path> s = Files.walk(ImportFixtures.ROOT)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                String rel = ImportFixtures.ROOT.relativize(p).toString().replace('\\', '/');
                InputFormat expected = BY_FILE.getOrDefault(rel, BY_FOLDER.get(rel.substring(0, rel.indexOf('/'))));
                if (rel.startsWith("kubelet-state/cpu_manager_state")) {
                    expected = InputFormat.CPU_MANAGER_CHECKPOINT;
                }
                SourceText renamed = new SourceText("input", ImportFixtures.fixture(rel).text());
                assertEquals(expected, FormatDetector.detect(renamed).format(), rel);
            }
        }
    }

    @Test
    void configzIsUnwrapped() {
        SourceText s = new SourceText("configz.json", "{\"kubeletconfig\": {\"cpuManagerPolicy\": \"static\"}}");
        Detection d = FormatDetector.detect(s);
        assertEquals(InputFormat.KUBELET_CONFIGZ, d.format());
        NodeFacts f = MachineParsers.read(s, d);
        assertEquals("KubeletConfiguration", f.kubeletConfig().content().get("kind"));
        assertEquals("static", f.kubeletConfig().content().get("cpuManagerPolicy"));
    }

    @Test
    void twoOutputsInOneFileAreAmbiguous() {
        String both = ImportFixtures.fixture("lscpu/intel-xeon-x5650-2s-interleaved.txt").text()
                + ImportFixtures.fixture("numactl/intel-2s6c-ht-tstbed.txt").text();
        InputException e = assertThrows(InputException.class,
                () -> FormatDetector.detect(new SourceText("paste.txt", both)));
        String m = e.first().toString();
        assertTrue(m.contains("could be lscpu (human output) or numactl -H; use --format"), m);
        assertTrue(m.contains("paste.txt:1"), m);
    }

    @Test
    void theFileNameBreaksATieAndSaysSo() {
        String both = ImportFixtures.fixture("lscpu/intel-xeon-x5650-2s-interleaved.txt").text()
                + ImportFixtures.fixture("numactl/intel-2s6c-ht-tstbed.txt").text();
        Detection d = FormatDetector.detect(new SourceText("node7-numactl.txt", both));
        assertEquals(InputFormat.NUMACTL, d.format());
        assertTrue(d.why().contains("the file name \"node7-numactl.txt\" says numactl"), d.why());
    }

    @Test
    void forcedFormatWinsAndUnknownContentIsNull() {
        assertEquals(InputFormat.LSCPU, FormatDetector.detect(new SourceText("x", "hello"), InputFormat.LSCPU).format());
        assertNull(FormatDetector.detect(new SourceText("notes.txt", "remember to reboot\n")));
    }
}
