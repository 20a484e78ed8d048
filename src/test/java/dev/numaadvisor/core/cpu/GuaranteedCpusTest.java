package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code TestPodGuaranteedCPUs} and the container rule ({@code guaranteedCPUs}). */
class GuaranteedCpusTest {

    /** Containers written "cpu" (request = limit) or "cpu!" (a sidecar, restartPolicy Always). */
    static Stream<Arguments> pods() {
        return Stream.of(
                Arguments.of("01 not Guaranteed (0/0)", List.of("0"), List.of("0"), 0),
                Arguments.of("02 not Guaranteed (0 init, 2 app)", List.of("0"), List.of("2"), 0),
                Arguments.of("03 not Guaranteed (2 init, 0 app)", List.of("2"), List.of("0"), 0),
                Arguments.of("04 Guaranteed 2", List.of("2"), List.of("2"), 2),
                Arguments.of("05 Guaranteed 5", List.of("5"), List.of("5"), 5),
                Arguments.of("06 app bigger than init", List.of("2"), List.of("5"), 5),
                Arguments.of("07 init bigger than app", List.of("5"), List.of("2"), 5),
                Arguments.of(
                        "08 sum of multiple containers", List.of("2", "4"), List.of("2", "4"), 6),
                Arguments.of("09 sidecar + regular container", List.of("1!"), List.of("1"), 2),
                Arguments.of(
                        "10 multiple sidecars", List.of("5", "1!", "2!", "3!"), List.of("1"), 7),
                Arguments.of(
                        "11 sidecars and regular inits",
                        List.of("5", "1!", "2!", "5", "3!"),
                        List.of("1"),
                        8),
                Arguments.of("12 sidecar, init, app", List.of("10!", "200"), List.of("100"), 210));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pods")
    void podGuaranteedCpus(String name, List<String> inits, List<String> apps, long want) {
        assertEquals(want, GuaranteedCpus.ofPod(pod(inits, apps)));
    }

    static Stream<Arguments> containers() {
        return Stream.of(
                Arguments.of("2", "2", 2L),
                Arguments.of("2000m", "2000m", 2L),
                Arguments.of("977m", "977m", 0L),
                Arguments.of("1500m", "1500m", 0L),
                Arguments.of("1000m", "2000m", 0L),
                Arguments.of("1.0", "1.0", 1L));
    }

    @ParameterizedTest(name = "request {0} limit {1} -> {2}")
    @MethodSource("containers")
    void containerGuaranteedCpus(String request, String limit, long want) {
        Pod pod = PolicyFixtures.makePod("p", "c", request, limit);
        assertEquals(want, CpuManager.guaranteedCpus(pod, pod.containers().get(0)));
    }

    private static Pod pod(List<String> inits, List<String> apps) {
        List<Container> i = new ArrayList<>();
        for (int n = 0; n < inits.size(); n++) {
            i.add(container("init-" + n, inits.get(n)));
        }
        List<Container> a = new ArrayList<>();
        for (int n = 0; n < apps.size(); n++) {
            a.add(container("app-" + n, apps.get(n)));
        }
        return new Pod("pod", "default", "uid", i, a);
    }

    private static Container container(String name, String spec) {
        boolean sidecar = spec.endsWith("!");
        Quantity cpu = Quantity.parse(sidecar ? spec.substring(0, spec.length() - 1) : spec);
        Map<String, Quantity> r = Map.of("cpu", cpu, "memory", Quantity.parse("1G"));
        return new Container(name, r, r, sidecar);
    }
}
