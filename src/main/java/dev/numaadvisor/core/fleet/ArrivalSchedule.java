package dev.numaadvisor.core.fleet;

import java.util.ArrayList;
import java.util.List;

/**
 * The workload drawn once from the seed, so every config sees exactly the same pods at the same
 * steps. Without churn every template's count arrives at step 0 and runs forever.
 */
public final class ArrivalSchedule {
    private ArrivalSchedule() {
    }

    public static List<Arrival> draw(FleetSpec spec) {
        List<Arrival> out = new ArrayList<>();
        List<PodTemplate> templates = spec.templates();
        if (!spec.churn()) {
            int seq = 0;
            for (int t = 0; t < templates.size(); t++) {
                for (int i = 0; i < templates.get(t).count(); i++) {
                    out.add(new Arrival(0, t, seq++, 0));
                }
            }
            return out;
        }
        SeededRandom random = new SeededRandom(spec.seed());
        int seq = 0;
        for (int step = 0; step < spec.steps(); step++) {
            for (int t = 0; t < templates.size(); t++) {
                PodTemplate tpl = templates.get(t);
                int n = (step == 0 ? tpl.count() : 0) + random.poisson(tpl.arrivalsPerStep());
                for (int i = 0; i < n; i++) {
                    int life = tpl.lifetimeSteps() > 0 ? random.lifetime(tpl.lifetimeSteps()) : 0;
                    out.add(new Arrival(step, t, seq++, life));
                }
            }
        }
        return out;
    }
}
