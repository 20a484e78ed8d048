package dev.numaadvisor.app.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pod and container names of a result, found in an answer's words. A claim belongs to the name
 * said last before it ("filler lands on node 1, and then trader is rejected": the rejection is
 * trader's), and a container's name makes the claim that container's. {@code containers}: each
 * container name and the pods that have one of that name; a name two pods share ("envoy") is read
 * as either, and a claim about it is wrong only if it is wrong for both.
 */
record ResultNames(List<String> pods, Map<String, List<String>> containers) {
    /**
     * Who a claim is about: a pod, and the container when the answer named one. {@code others}: whom
     * else a pronoun may stand for (the other names of the sentence it refers back to).
     */
    record Subject(String pod, String container, List<Subject> others) {
        Subject {
            others = others == null ? List.of() : List.copyOf(others);
        }

        Subject(String pod, String container) {
            this(pod, container, List.of());
        }

        /** A claim about this subject, and about each other reading of it. */
        Claim claim(Claim.Kind kind, String resource, String value, boolean subset, String quote) {
            return new Claim(kind, pod, container, resource, value, subset, quote, others.stream()
                    .map(o -> new Claim(kind, o.pod(), o.container(), resource, value, subset, quote)).toList());
        }
    }

    /** A claim about {@code who}, or about no named pod when it is null. */
    static Claim claim(Subject who, Claim.Kind kind, String resource, String value, boolean subset, String quote) {
        return who == null ? new Claim(kind, null, null, resource, value, subset, quote)
                : who.claim(kind, resource, value, subset, quote);
    }

    /** A name said at {@code start} in a text. */
    record Mention(int start, Subject subject) {
    }

    ResultNames {
        pods = List.copyOf(pods);
        containers = Map.copyOf(containers);
    }

    List<String> all() {
        List<String> out = new ArrayList<>(pods);
        containers.keySet().stream().filter(c -> !pods.contains(c)).forEach(out::add);
        return out;
    }

    /**
     * A pod's name is the pod; a container's name is that container of its pod (of each pod that has
     * one, as readings); "pod/container" is that pod's container.
     */
    Subject subject(String name) {
        if (pods.contains(name)) {
            return new Subject(name, null);
        }
        int slash = name.indexOf('/');
        if (slash > 0 && containers.getOrDefault(name.substring(slash + 1), List.of()).contains(name.substring(0, slash))) {
            return new Subject(name.substring(0, slash), name.substring(slash + 1));
        }
        List<String> of = containers.getOrDefault(name, List.of());
        return of.isEmpty() ? null : new Subject(of.get(0), name,
                of.subList(1, of.size()).stream().map(p -> new Subject(p, name)).toList());
    }

    /** Whether {@code pod} has a container called {@code container}. */
    boolean has(String pod, String container) {
        return containers.getOrDefault(container, List.of()).contains(pod);
    }

    /** {@code name} as a whole name: not part of a longer one ("trader" is not in "trader-2"). */
    static Pattern word(String name) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])");
    }

    /** Every name said in {@code text}, in order; a pod name wins over a container of the same name. */
    List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        for (String name : all()) {
            Matcher m = word(name).matcher(text);
            while (m.find()) {
                int at = m.start();
                if (out.stream().noneMatch(x -> x.start() == at)) {
                    out.add(new Mention(at, subject(name)));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Every name said in {@code text}, a container name two pods share bound to the pod said last
     * before it that has one ("upf-0: dataplane …, envoy on CPUs 12 and 76"), else to {@code
     * context}'s pod; else it keeps both readings.
     */
    List<Mention> mentions(String text, Subject context) {
        List<Mention> out = new ArrayList<>();
        String lastPod = null;
        for (Mention m : mentions(text)) {
            Subject s = m.subject();
            if (s.container() == null) {
                lastPod = s.pod();
            } else if (!s.others().isEmpty()) {
                String pod = lastPod != null && has(lastPod, s.container()) ? lastPod
                        : context != null && has(context.pod(), s.container()) ? context.pod() : null;
                if (pod != null) {
                    s = new Subject(pod, s.container());
                }
            }
            out.add(new Mention(m.start(), s));
        }
        return out;
    }

    /** The name said last before {@code index}, or null. */
    static Subject before(List<Mention> mentions, int index) {
        Subject out = null;
        for (Mention m : mentions) {
            if (m.start() < index) {
                out = m.subject();
            }
        }
        return out;
    }
}
