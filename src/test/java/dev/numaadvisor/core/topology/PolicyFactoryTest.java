package dev.numaadvisor.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Start-up checks with the kubelet's exact messages (validation.go, server.go, NewManager, policy_options.go). */
class PolicyFactoryTest {
    private static final KubeVersion V135 = KubeVersion.NEWEST;

    static Stream<Arguments> failures() {
        NumaInfo two = TestHints.nodes(2);
        NumaInfo nine = TestHints.nodes(9);
        NumaInfo twelve = TestHints.nodes(12);
        return Stream.of(
                Arguments.of("unknown policy", "strict", Map.of(), two, V135, Map.of(),
                        "invalid configuration: topologyManagerPolicy (--topology-manager-policy) \"strict\" must be one of: "
                                + "[\"none\" \"best-effort\" \"restricted\" \"single-numa-node\"]", "NUMA-TM-001"),
                Arguments.of("more than 8 NUMA nodes", "best-effort", Map.of(), nine, V135, Map.of(),
                        "unsupported on machines with more than 8 NUMA Nodes", "NUMA-TM-003"),
                Arguments.of("the limit in the message is the configured one", "restricted",
                        Map.of("max-allowable-numa-nodes", "10"), twelve, V135, Map.of(),
                        "unsupported on machines with more than 10 NUMA Nodes", "NUMA-TM-003"),
                Arguments.of("unknown option", "best-effort", Map.of("prefer-closest-numa-node", "true"), two, V135,
                        Map.of(), "unknown Topology Manager Policy option: \"prefer-closest-numa-node\"", "NUMA-TM-004"),
                Arguments.of("max-allowable before 1.31", "best-effort", Map.of("max-allowable-numa-nodes", "8"), two,
                        new KubeVersion(1, 30), Map.of(),
                        "unknown Topology Manager Policy option: \"max-allowable-numa-nodes\"", "NUMA-TM-004"),
                Arguments.of("beta option with the beta gate off", "best-effort", Map.of("max-allowable-numa-nodes", "8"),
                        two, new KubeVersion(1, 32), Map.of("TopologyManagerPolicyBetaOptions", false),
                        "Topology Manager Policy Beta-level Options not enabled, but option \"max-allowable-numa-nodes\" "
                                + "provided", "NUMA-TM-005"),
                Arguments.of("alpha option in 1.27", "best-effort", Map.of("prefer-closest-numa-nodes", "true"), two,
                        new KubeVersion(1, 27), Map.of("TopologyManagerPolicyOptions", true),
                        "Topology Manager Policy Alpha-level Options not enabled, but option \"prefer-closest-numa-nodes\" "
                                + "provided", "NUMA-TM-005"),
                Arguments.of("options gate off by default in 1.27", "best-effort",
                        Map.of("prefer-closest-numa-nodes", "true"), two, new KubeVersion(1, 27), Map.of(),
                        "topology manager policy options map[prefer-closest-numa-nodes:true] require feature gates "
                                + "\"TopologyManagerPolicyOptions\" enabled", "NUMA-GATE-006"),
                Arguments.of("max-allowable not an integer", "best-effort", Map.of("max-allowable-numa-nodes", "true"),
                        two, V135, Map.of(), "unable to convert policy option to integer \"max-allowable-numa-nodes\": "
                                + "strconv.Atoi: parsing \"true\": invalid syntax", "NUMA-TM-006"),
                Arguments.of("max-allowable out of range", "best-effort",
                        Map.of("max-allowable-numa-nodes", "99999999999999999999"), two, V135, Map.of(),
                        "unable to convert policy option to integer \"max-allowable-numa-nodes\": strconv.Atoi: "
                                + "parsing \"99999999999999999999\": value out of range", "NUMA-TM-006"),
                Arguments.of("max-allowable below 8", "single-numa-node", Map.of("max-allowable-numa-nodes", "4"), two,
                        V135, Map.of(), "the minimum value of \"max-allowable-numa-nodes\" should not be less than 8",
                        "NUMA-TM-007"),
                Arguments.of("prefer-closest not a boolean", "best-effort", Map.of("prefer-closest-numa-nodes", "yes"),
                        two, V135, Map.of(), "bad value for option \"prefer-closest-numa-nodes\": strconv.ParseBool: "
                                + "parsing \"yes\": invalid syntax", "NUMA-TM-008"),
                Arguments.of("prefer-closest without distances", "restricted",
                        Map.of("prefer-closest-numa-nodes", "true"), two, V135, Map.of(),
                        "cannot discover NUMA topology: error getting NUMA distances from cadvisor", "NUMA-TM-009"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void kubeletRefusesToStart(String name, String policy, Map<String, String> options, NumaInfo numaInfo,
                               KubeVersion version, Map<String, Boolean> gates, String message, String rule) {
        KubeletStartError e = assertThrows(KubeletStartError.class,
                () -> PolicyFactory.create(policy, options, numaInfo, version, gates));
        assertEquals(message, e.getMessage());
        assertEquals(rule, e.rule());
    }

    @Test
    void validateScope() throws KubeletStartError {
        PolicyFactory.validateScope("container");
        PolicyFactory.validateScope("pod");
        KubeletStartError e = assertThrows(KubeletStartError.class, () -> PolicyFactory.validateScope("node"));
        assertEquals("invalid configuration: topologyManagerScope (--topology-manager-scope) \"node\" must be one "
                + "of: \"container\", or \"pod\"", e.getMessage());
        assertEquals("NUMA-TM-002", e.rule());
    }

    @Test
    void policyNoneIgnoresOptionsAndTheNodeLimit() throws KubeletStartError {
        Policy none = PolicyFactory.create("none", Map.of("no-such-option", "x"), TestHints.nodes(36), V135, Map.of());
        assertEquals("none", none.name());
    }

    @Test
    void acceptedConfigurations() throws KubeletStartError {
        NumaInfo twelve = TestHints.nodes(12);
        assertEquals("best-effort", PolicyFactory.create("best-effort",
                Map.of("max-allowable-numa-nodes", "12"), twelve, V135, Map.of()).name());
        assertEquals("restricted", PolicyFactory.create("restricted",
                Map.of("max-allowable-numa-nodes", "+16"), twelve, new KubeVersion(1, 31), Map.of()).name());
        Map<String, String> boolForms = new LinkedHashMap<>();
        for (String yes : List.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False")) {
            boolForms.put("prefer-closest-numa-nodes", yes);
            PolicyFactory.create("best-effort", boolForms, TestHints.withDistances(TestHints.FOUR_NODES), V135, Map.of());
        }
        assertEquals("single-numa-node", PolicyFactory.create("single-numa-node",
                Map.of("prefer-closest-numa-nodes", "false"), TestHints.nodes(2), new KubeVersion(1, 28), Map.of()).name());
        // Before 1.26 the field does not exist: the kubelet drops it without a word.
        assertEquals("best-effort", PolicyFactory.create("best-effort", Map.of("anything", "x"),
                TestHints.nodes(2), new KubeVersion(1, 25), Map.of()).name());
    }
}
