package dev.numaadvisor.app.session;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.ScenarioContainer;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compact pod notation of {@code /pod add NAME cpu=8 mem=16Gi gpu=1 [burstable]}: one
 * container "app"; Guaranteed (limits = requests) unless {@code burstable} is given. Every amount
 * is read as a quantity here, so a bad one is refused before anything is stored.
 */
public final class PodSpec {
    private PodSpec() {
    }

    public static ScenarioPod parse(String name, List<String> args) {
        Map<String, Quantity> requests = new TreeMap<>();
        boolean guaranteed = true;
        for (String a : args) {
            if (a.equalsIgnoreCase("burstable")) {
                guaranteed = false;
                continue;
            }
            if (a.equalsIgnoreCase("guaranteed")) {
                continue;
            }
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("cannot read \"" + a + "\": expected cpu=8, mem=16Gi, gpu=1");
            }
            requests.put(resource(a.substring(0, eq)), quantity(a, a.substring(eq + 1)));
        }
        return ScenarioPod.single(name, requests, guaranteed);
    }

    /** Checked here so a bad amount is refused at /pod add, not by every later command. */
    static Quantity quantity(String arg, String value) {
        try {
            return Quantity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read \"" + arg + "\": " + e.getMessage());
        }
    }

    /** {@code cpu}, {@code mem}/{@code memory}, or a device short name ({@code gpu}, {@code nic}). */
    public static String resource(String key) {
        switch (key) {
            case "cpu":
                return "cpu";
            case "mem":
            case "memory":
                return "memory";
            default:
                return NodeSpec.resource(key);
        }
    }

    /** {@code app: cpu=8 memory=16Gi nvidia.com/gpu=1}, one part per app container's requests. */
    public static String summary(ScenarioPod pod) {
        StringBuilder sb = new StringBuilder(pod.qosClass().toString());
        for (ScenarioContainer c : pod.appContainers()) {
            sb.append(sb.indexOf(":") > 0 ? "; " : ", ").append(c.name()).append(":");
            c.requests().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.text()));
            if (!c.limits().isEmpty() && !c.limits().equals(c.requests())) {
                sb.append(" (limits");
                c.limits().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.text()));
                sb.append(')');
            }
        }
        return sb.toString();
    }
}
