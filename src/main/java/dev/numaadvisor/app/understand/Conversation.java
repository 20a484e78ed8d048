package dev.numaadvisor.app.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts stated so far in one session, as said: a follow-up ("SMT off", "add a second GPU
 * on NUMA 0", "the pod asks 12 CPUs") is laid over them and the whole is resolved again, so a
 * correction applies to what was said rather than to what was guessed from it.
 */
public final class Conversation {
    private StatedNode node = StatedNode.NOTHING;
    private List<StatedPod> pods = new ArrayList<>();
    private Map<String, Object> config = new LinkedHashMap<>();
    private Map<Integer, Busy> busy = new TreeMap<>();

    public StatedNode node() {
        return node;
    }

    public List<StatedPod> pods() {
        return List.copyOf(pods);
    }

    public Map<String, Object> config() {
        return Map.copyOf(config);
    }

    public List<Busy> busy() {
        return List.copyOf(busy.values());
    }

    public void clear() {
        node = StatedNode.NOTHING;
        pods = new ArrayList<>();
        config = new LinkedHashMap<>();
        busy = new TreeMap<>();
    }

    /** The node as said by a paste or {@code /node set}: it replaces the node said before. */
    public void node(StatedNode said) {
        node = said;
    }

    public Conversation copy() {
        Conversation c = new Conversation();
        c.node = node;
        c.pods = new ArrayList<>(pods);
        c.config = new LinkedHashMap<>(config);
        c.busy = new TreeMap<>(busy);
        return c;
    }

    /**
     * Lays {@code u}'s facts over the ones said before. A whole new scenario (a node shape and a
     * pod) starts over. A pod said without a name changes the only pod there is, resource by
     * resource; a named pod replaces the pod of that name or joins the others.
     */
    public void hear(Understanding u) {
        if (u.isWholeScenario() && u.mood() == Mood.STATE) {
            clear();
        }
        node = node.then(u.node());
        if (u.pods().size() == 1 && u.anotherPod() && u.pods().get(0).name() == null) {
            pods = new ArrayList<>(pods);
            pods.add(u.pods().get(0));
        } else if (u.pods().size() == 1) {
            pods = merge(pods, u.pods().get(0));
        } else {
            // Several pods said at once are that many pods; only a name can point back at one said before.
            List<StatedPod> before = pods;
            List<StatedPod> out = new ArrayList<>(before);
            for (StatedPod p : u.pods()) {
                int at = p.name() == null ? -1 : indexOf(out, p.name());
                if (at >= 0 && at < before.size()) {
                    out.set(at, overlay(out.get(at), p));
                } else {
                    out.add(p);
                }
            }
            pods = out;
        }
        config.putAll(u.config());
        for (Busy b : u.busy()) {
            busy.put(b.numaNode(), b);
        }
    }

    private static List<StatedPod> merge(List<StatedPod> before, StatedPod said) {
        List<StatedPod> out = new ArrayList<>(before);
        for (int i = 0; i < out.size(); i++) {
            StatedPod old = out.get(i);
            boolean same = said.name() != null ? said.name().equals(old.name()) : out.size() == 1;
            if (same) {
                out.set(i, overlay(old, said));
                return out;
            }
        }
        out.add(said);
        return out;
    }

    private static int indexOf(List<StatedPod> pods, String name) {
        for (int i = 0; i < pods.size(); i++) {
            if (name.equals(pods.get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The pod said before, with what is said now laid over it: a container said by a name the pod
     * has (or the first, unnamed one) changes that container; a new one ("add a sidecar") joins.
     */
    private static StatedPod overlay(StatedPod old, StatedPod said) {
        List<StatedContainer> containers = new ArrayList<>(old.containers());
        for (int i = 0; i < said.containers().size(); i++) {
            StatedContainer c = said.containers().get(i);
            int at = -1;
            for (int j = 0; j < containers.size(); j++) {
                if (containers.get(j).name().equals(c.name())) {
                    at = j;
                }
            }
            if (at < 0 && i == 0 && c.name().equals("app") && !containers.isEmpty()) {
                at = 0;
            }
            if (at >= 0) {
                StatedContainer o = containers.get(at);
                Map<String, dev.numaadvisor.core.model.Quantity> req = new TreeMap<>(o.requests());
                req.putAll(c.requests());
                Map<String, dev.numaadvisor.core.model.Quantity> lim = new TreeMap<>(o.limits());
                lim.putAll(c.limits());
                containers.set(at, new StatedContainer(o.name(), req, lim, o.limitsStated() || c.limitsStated()));
            } else {
                containers.add(c);
            }
        }
        return new StatedPod(said.name() != null ? said.name() : old.name(), said.qos() != null ? said.qos() : old.qos(),
                containers, said.copies() > 1 ? said.copies() : old.copies());
    }
}
