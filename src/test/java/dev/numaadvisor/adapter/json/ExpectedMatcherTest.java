package dev.numaadvisor.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Partial matching of results against {@code expected}: each row is expected, actual, first difference. */
class ExpectedMatcherTest {
    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("objects match on the keys given", "{'admit': true}",
                        "{'admit': true, 'mergedHint': {'affinity': [0], 'preferred': true}}", null),
                Arguments.of("a given key must exist", "{'admit': true}", "{}", "admit"),
                Arguments.of("null means must be null", "{'reason': null}", "{'reason': null}", null),
                Arguments.of("null is not a value", "{'reason': null}", "{'reason': 'OutOfcpu'}", "reason"),
                Arguments.of("null is not a missing key", "{'reason': null}", "{}", "reason"),
                Arguments.of("nested difference", "{'mergedHint': {'affinity': [1, 2]}}",
                        "{'mergedHint': {'affinity': [1], 'preferred': false}}", "mergedHint.affinity"),
                Arguments.of("numbers by value", "{'bytes': 17179869184}", "{'bytes': 17179869184.0}", null),
                Arguments.of("hint lists as sets",
                        "{'cpu': [{'affinity': [1], 'preferred': true}, {'affinity': [0, 1], 'preferred': false}]}",
                        "{'cpu': [{'affinity': [0, 1], 'preferred': false}, {'affinity': [1], 'preferred': true}]}", null),
                Arguments.of("hint lists: one missing",
                        "{'cpu': [{'affinity': [1], 'preferred': true}]}",
                        "{'cpu': [{'affinity': [0, 1], 'preferred': false}, {'affinity': [1], 'preferred': true}]}", "cpu"),
                Arguments.of("hint lists: nil hint", "{'memory': [{'affinity': null, 'preferred': true}]}",
                        "{'memory': [{'affinity': null, 'preferred': true}]}", null),
                Arguments.of("empty hint list", "{'gpu': []}", "{'gpu': [{'affinity': [0], 'preferred': true}]}", "gpu"),
                Arguments.of("other lists keep their order", "{'numaNodes': [0, 1]}", "{'numaNodes': [1, 0]}",
                        "numaNodes[0]"),
                Arguments.of("cpu sets as sets", "{'cpus': '0-3,8'}", "{'cpus': '8,0,1,2,3'}", null),
                Arguments.of("cpu sets differ", "{'cpus': '24-27,72-75'}", "{'cpus': '24-31'}", "cpus"),
                Arguments.of("checkpoint entries are cpu sets",
                        "{'node': {'state': {'cpuManagerCheckpoint': {'defaultCpuSet': '0-1,4-7', "
                                + "'entries': {'pod1': {'app': '2-3'}}}}}}",
                        "{'node': {'state': {'cpuManagerCheckpoint': {'defaultCpuSet': '0,1,4-7', "
                                + "'entries': {'pod1': {'app': '2,3'}}, 'checksum': 0}}}}", null),
                Arguments.of("pods and containers by name",
                        "{'pods': [{'name': 'b', 'containers': [{'name': 'x', 'cpus': '2'}]}]}",
                        "{'pods': [{'name': 'a', 'admitted': true}, {'name': 'b', 'containers': "
                                + "[{'name': 'y', 'cpus': '1'}, {'name': 'x', 'cpus': '2'}]}]}", null),
                Arguments.of("a named container that differs",
                        "{'pods': [{'name': 'b', 'containers': [{'name': 'x', 'cpus': '3'}]}]}",
                        "{'pods': [{'name': 'b', 'containers': [{'name': 'x', 'cpus': '2'}]}]}",
                        "pods[name=b].containers[name=x].cpus"),
                Arguments.of("a named pod that is missing", "{'pods': [{'name': 'c'}]}", "{'pods': [{'name': 'a'}]}",
                        "pods[name=c]"),
                Arguments.of("start error message as a substring",
                        "{'node': {'kubeletStartError': {'message': 'more than 8 NUMA'}}}",
                        "{'node': {'kubeletStartError': {'message': 'unsupported on machines with more than 8 NUMA Nodes',"
                                + " 'rule': 'NUMA-TM-003'}}}", null),
                Arguments.of("merge start error message as a substring",
                        "{'kubeletStartError': {'message': 'should not be less than 8'}}",
                        "{'kubeletStartError': {'message': 'nothing like it'}}", "kubeletStartError.message"),
                Arguments.of("other strings exactly", "{'reason': 'Topology'}", "{'reason': 'TopologyAffinityError'}",
                        "reason"),
                Arguments.of("types must agree", "{'admit': 'true'}", "{'admit': true}", "admit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firstDifference(String name, String expected, String actual, String path) {
        Optional<ExpectedMatcher.Mismatch> mismatch = ExpectedMatcher.match(json(expected), json(actual));
        assertEquals(Optional.ofNullable(path), mismatch.map(ExpectedMatcher.Mismatch::path),
                () -> mismatch.map(ExpectedMatcher.Mismatch::message).orElse("no mismatch"));
        mismatch.ifPresent(m -> assertTrue(m.message().startsWith(path + ": expected "), m.message()));
    }
}
