package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /pod add} refuses an amount that is not a Kubernetes quantity and leaves the pods as they were. */
class PodAddReplTest {
    @ParameterizedTest
    @ValueSource(strings = {"cpu=16GB", "mem=lots", "gpu=one", "cpu="})
    void badAmountIsRefusedAndNothingIsAdded(String arg) {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x1");
        e.handle("/pod add ok cpu=2 mem=1Gi");
        String before = e.handle("/pod list");
        String session = e.session().toScenarioYaml();
        String out = e.handle("/pod add bad " + arg);
        assertTrue(out.startsWith("error: cannot read \"" + arg + "\""), out);
        assertTrue(out.contains("expected a number"), out);
        assertEquals(before, e.handle("/pod list"));
        assertEquals(session, e.session().toScenarioYaml(), "nothing of the bad pod was stored");
        assertEquals(List.of("ok"), e.session().pods().stream().map(ScenarioPod::name).toList());
    }
}
