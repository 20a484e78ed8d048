package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.adapter.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Machines with more NUMA nodes than numa-advisor lists in full (up to 64, with
 * max-allowable-numa-nodes): the simulation answers quickly with the first hints listed and says
 * so in {@code hintsTruncated}; where even the bounded search would take too long, the pod is
 * "not simulated" with a sentence saying why and what to do. Never a stack trace.
 */
class ManyNumaNodesCliTest {
    /** The lead's bigNN template: 2 sockets, n NUMA nodes, one Guaranteed 8-CPU/16Gi pod. */
    static String scenario(int n, String options, String distances, String cpus) {
        return "apiVersion: numa-advisor/v1\nkind: Scenario\nname: big" + n + "\nnode:\n  topology:\n"
                + "    sockets: 2\n    numaNodesPerSocket: " + n / 2 + "\n    coresPerSocket: " + 2 * n + "\n"
                + "    threadsPerCore: 2\n    memoryPerNumaNode: 64Gi\n" + distances
                + "  kubeletConfig:\n    apiVersion: kubelet.config.k8s.io/v1beta1\n    kind: KubeletConfiguration\n"
                + "    cpuManagerPolicy: static\n    memoryManagerPolicy: Static\n"
                + "    topologyManagerPolicy: best-effort\n"
                + "    topologyManagerPolicyOptions: {max-allowable-numa-nodes: \"" + n + "\"" + options + "}\n"
                + "    reservedSystemCPUs: \"0\"\n    systemReserved: {memory: 924Mi}\n"
                + "    evictionHard: {memory.available: 100Mi}\n"
                + "    reservedMemory: [{numaNode: 0, limits: {memory: 1Gi}}]\n"
                + "pods:\n  - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: app,"
                + " resources: {requests: {cpu: \"" + cpus + "\", memory: 16Gi}, limits: {cpu: \"" + cpus
                + "\", memory: 16Gi}}}]}}\n";
    }

    private record Run(int code, String out, String err) {
    }

    private static Run simulate(Path file, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[2 + extra.length];
        args[0] = "simulate";
        args[1] = file.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0} NUMA nodes")
    @ValueSource(ints = {24, 64})
    void admitsWithTheFirstHintsListed(int n, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, scenario(n, "", "", "8"));
        Run run = simulate(file, "--output", "json");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        JsonNode pod = Json.mapper().readTree(run.out()).at("/pods/0");
        assertTrue(pod.get("admitted").asBoolean(), run.out());
        assertEquals("[1]", pod.at("/containers/0/mergedHint/affinity").toString());
        assertEquals(16, pod.at("/containers/0/hints/cpu").size());
        assertTrue(pod.at("/containers/0/hintsTruncated/cpu").asText().contains("the first 16 hints"), run.out());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void saysWhenEvenTheBoundedSearchWouldTakeTooLong(@TempDir Path dir) throws Exception {
        // prefer-closest over 64 nodes with uneven distances, 96 CPUs = 12 nodes of 8 CPUs:
        // the closest 12-node masks cannot be found within the search budget.
        Random r = new Random(3);
        int[][] d = new int[64][64];
        int[] values = {11, 12, 13, 14, 15, 16, 17, 20, 21, 22, 25, 28, 30, 32};
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j <= i; j++) {
                d[i][j] = i == j ? 10 : values[r.nextInt(values.length)];
                d[j][i] = d[i][j];
            }
        }
        Path file = dir.resolve("closest.yaml");
        Files.writeString(file, scenario(64, ", prefer-closest-numa-nodes: \"true\"",
                "    distances: " + java.util.Arrays.deepToString(d) + "\n", "96"));
        Run run = simulate(file);
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().contains("pod p (Guaranteed): NOT SIMULATED — numa-advisor stopped: the Topology"
                + " Manager's merge of these hints needs more than"), run.out());
        assertTrue(run.out().contains("turn off prefer-closest-numa-nodes"), run.out());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }
}
