package dev.numaadvisor.adapter.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.problem.InputException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and truncated inputs fail with an InputException naming the file and line. */
class MalformedInputTest {
    static Stream<Arguments> cases() {
        String numactl = ImportFixtures.fixture("numactl/amd-epyc-2s-nps4.txt").text();
        String lscpu = ImportFixtures.fixture("lscpu/amd-epyc7742-2s-nps4-a100.txt").text();
        String lscpuP = ImportFixtures.fixture("lscpu-p/intel-1s8c-ht-cmk.csv").text();
        String topo = ImportFixtures.fixture("nvidia-smi/2s-5gpu-pcie-topo-m.txt").text();
        return Stream.of(
                Arguments.of("numactl cut after node 2", InputFormat.NUMACTL, firstLines(numactl, 10), 1,
                        "node 3 is available but its cpus/size lines are missing"),
                Arguments.of("numactl distance row cut short", InputFormat.NUMACTL,
                        firstLines(numactl, 28) + "  4:  32  32\n", 29, "this distance row has 2 values for 8 nodes"),
                Arguments.of("numactl bad size", InputFormat.NUMACTL,
                        numactl.replace("node 1 size: 64502 MB", "node 1 size: lots"), 6, "expected a size"),
                Arguments.of("lscpu cut in the NUMA lines", InputFormat.LSCPU, firstLines(lscpu, 28), 28,
                        "\"NUMA node(s): 8\" but only 3"),
                Arguments.of("lscpu bad cpu list", InputFormat.LSCPU,
                        lscpu.replace("NUMA node2 CPU(s):               32-47,160-175",
                                "NUMA node2 CPU(s):               32-47,160-"), 28, "invalid range"),
                Arguments.of("lscpu localised", InputFormat.LSCPU, "架构：                           x86_64\n", 1,
                        "localised lscpu output"),
                Arguments.of("lscpu -p truncated row", InputFormat.LSCPU_PARSE, lscpuP + "16,0,0", 21,
                        "this row has 3 fields"),
                Arguments.of("lscpu -p letters", InputFormat.LSCPU_PARSE, lscpuP.replace("5,5,0,0,,5,5,5,0",
                        "5,x,0,0,,5,5,5,0"), 10, "expected a whole number"),
                Arguments.of("lscpu -e truncated row", InputFormat.LSCPU_EXTENDED,
                        ImportFixtures.fixture("lscpu-e/intel-4c-ht-openshift.txt").text() + "  8    0\n", 10,
                        "this row has 2 columns"),
                Arguments.of("nvidia-smi row cut short", InputFormat.NVIDIA_SMI_TOPO,
                        topo.replace("GPU3\tSYS\tNODE\tNODE\t X \tPHB\t0-7,16-23\t0\t\tN/A", "GPU3\tSYS"), 5,
                        "this row has 1 cells for 5 device columns"),
                Arguments.of("nvidia-smi bad numa", InputFormat.NVIDIA_SMI_TOPO,
                        topo.replace("8-15,24-31\t1", "8-15,24-31\tone"), 2, "expected a NUMA node id"),
                Arguments.of("sysfs garbage line", InputFormat.SYSFS,
                        "/sys/devices/system/node/node0/cpulist:0-3\nhello world\n", 2, "not a \"path:value\" line"),
                Arguments.of("sysfs bad distance", InputFormat.SYSFS,
                        "/sys/devices/system/node/node0/cpulist:0-3\n/sys/devices/system/node/node0/distance:10 x\n",
                        2, "expected 1 distances"),
                Arguments.of("describe node bad quantity", InputFormat.KUBECTL_DESCRIBE_NODE,
                        "Capacity:\n  cpu:  32\n  memory:  lots\n", 3, "not a Kubernetes quantity"),
                Arguments.of("events without header", InputFormat.KUBECTL_EVENTS, "12s  Warning  X  pod/a  m\n", 1,
                        "expected the kubectl get events header"),
                Arguments.of("nrt yaml syntax", InputFormat.NODE_RESOURCE_TOPOLOGY,
                        "kind: NodeResourceTopology\nzones:\n  - name: [\n", 4, "not valid YAML"),
                Arguments.of("lstopo PU without P#", InputFormat.LSTOPO, "Machine (1GB)\n  Package L#0\n    PU L#0\n", 3,
                        "a PU without its OS number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithFileAndLine(String name, InputFormat format, String text, int line, String detail) {
        SourceText source = new SourceText("input.txt", text);
        InputException e = assertThrows(InputException.class, () -> MachineParsers.forFormat(format).parse(source));
        assertEquals("input.txt", e.first().position().file());
        assertEquals(line, e.first().position().line(), e.first().toString());
        assertTrue(e.first().toString().contains(detail), e.first().toString());
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOf(lines, n)) + "\n";
    }
}
