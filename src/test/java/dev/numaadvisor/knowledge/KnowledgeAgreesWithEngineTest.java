package dev.numaadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletMetrics;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.topology.PolicyFactory;
import dev.numaadvisor.core.topology.PolicyOptions;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * knowledge/**.md against the engine: admission reasons and the TopologyAffinityError message,
 * policy/option/rule names in backticks, rule ids, metric names, and every kubelet message a page
 * quotes in a code block that the engine also produces (matched on the message's fixed text).
 */
class KnowledgeAgreesWithEngineTest {
    private static final Path KNOWLEDGE = Path.of("knowledge");
    private static final Pattern REASON = Pattern.compile("\\b[A-Z][A-Za-z]+Error\\b");
    private static final Pattern BACKTICK_KEBAB = Pattern.compile("`([a-z]+(?:-[a-z]+)+)`");
    private static final Pattern RULE_ID = Pattern.compile("\\bNUMA-[A-Z]+-\\d{3}\\b");
    private static final Pattern METRIC = Pattern.compile("\\bkubelet_[a-z_]*(?:manager|aligned)[a-z_]*\\b");
    /** Kebab-case words in backticks that are not engine names: Kubernetes and tool vocabulary. */
    private static final Set<String> NOT_ENGINE_NAMES = Set.of("system-reserved", "kube-reserved",
            "system-reserved-compressible", "kube-reserved-compressible", "ephemeral-storage", "nvidia-smi",
            "nfd-topology-updater", "numa-allocation-strategy", "numa-score-weights", "single-numa");

    /**
     * Rules of spec/RULES.md documented before the engine checks them; their pages must say so,
     * and leave this list when a rule class joins RuleRegistry.
     */
    private static final Set<String> SPEC_ONLY_RULES = Set.of("NUMA-MEM-012", "NUMA-STATE-006", "NUMA-POD-005",
            "NUMA-POD-008");
    private static final String NOT_YET_CHECKED = "not checked by `numa-advisor lint` yet";

    @Test
    void admissionReasonsAndTheTopologyMessageAreTheEngines() throws IOException {
        Set<String> reasons = Set.of(AdmissionError.TOPOLOGY_AFFINITY_ERROR, AdmissionError.SMT_ALIGNMENT_ERROR,
                AdmissionError.UNEXPECTED_ADMISSION_ERROR);
        List<String> bad = new ArrayList<>();
        forEachLine((page, n, line) -> {
            Matcher m = REASON.matcher(line);
            while (m.find()) {
                if (!reasons.contains(m.group())) {
                    bad.add(page + ":" + n + " unknown reason " + m.group());
                }
            }
            if (line.contains("cannot be allocated with") && !line.contains(AdmissionError.TOPOLOGY_AFFINITY_MESSAGE)) {
                bad.add(page + ":" + n + " misquotes \"" + AdmissionError.TOPOLOGY_AFFINITY_MESSAGE + "\"");
            }
        });
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void namesInBackticksAreKnownToTheEngine() throws Exception {
        Set<String> known = new TreeSet<>();
        for (Class<?> c : List.of(KubeletConfig.class, CpuPolicyOptionCatalog.class, PolicyFactory.class,
                PolicyOptions.class)) {
            known.addAll(stringConstants(c));
        }
        for (Rule r : RuleRegistry.standard().rules()) {
            known.add(r.info().name());
        }
        // Rules the engine reports outside the registry, and the documented-only ones: their pages' names.
        Set<String> ids = engineRuleIds();
        ids.addAll(SPEC_ONLY_RULES);
        for (String id : ids) {
            Path page = KNOWLEDGE.resolve("rules/" + id + ".md");
            if (Files.exists(page)) {
                Matcher name = Pattern.compile("(?m)^name: ([a-z-]+)$").matcher(Files.readString(page));
                if (name.find()) {
                    known.add(name.group(1));
                }
            }
        }
        List<String> bad = new ArrayList<>();
        forEachLine((page, n, line) -> {
            Matcher m = BACKTICK_KEBAB.matcher(line);
            while (m.find()) {
                String name = m.group(1);
                if (!known.contains(name) && !NOT_ENGINE_NAMES.contains(name)) {
                    bad.add(page + ":" + n + " `" + name + "` is no policy, option or rule name the engine knows");
                }
            }
        });
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void ruleIdsExistAndMetricNamesAreTheKubelets() throws IOException {
        Set<String> ids = engineRuleIds();
        List<String> bad = new ArrayList<>();
        for (String id : SPEC_ONLY_RULES) {
            String page = Files.readString(KNOWLEDGE.resolve("rules/" + id + ".md"));
            if (!page.contains(NOT_YET_CHECKED)) {
                bad.add("knowledge/rules/" + id + ".md must say \"" + NOT_YET_CHECKED + "\"");
            }
        }
        forEachLine((page, n, line) -> {
            Matcher id = RULE_ID.matcher(line);
            while (id.find()) {
                if (!ids.contains(id.group()) && !SPEC_ONLY_RULES.contains(id.group())) {
                    bad.add(page + ":" + n + " no rule " + id.group());
                }
            }
            Matcher metric = METRIC.matcher(line);
            while (metric.find()) {
                String name = metric.group();
                boolean prefix = name.endsWith("_") && KubeletMetrics.ALL.stream().anyMatch(x -> x.startsWith(name));
                if (!prefix && !KubeletMetrics.ALL.contains(name)) {
                    bad.add(page + ":" + n + " unknown metric " + name);
                }
            }
        });
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * A code-block line that contains an engine message's longest fixed fragment must match the
     * whole message, its %-verbs standing for any value (and the page's {@code <placeholders>}).
     */
    @Test
    void quotedKubeletMessagesAreTheEngines() throws IOException {
        TreeMap<String, Pattern> formats = engineMessageFormats();
        assertTrue(formats.size() > 20, "collected " + formats.size() + " engine messages");
        List<String> bad = new ArrayList<>();
        int[] compared = {0};
        forEachCodeLine((page, n, line) -> {
            String text = line.replaceAll("<[^>]+>", "X").strip();
            List<Pattern> candidates = new ArrayList<>();
            formats.forEach((fragment, full) -> {
                if (text.contains(fragment)) {
                    candidates.add(full);
                }
            });
            // Several engine messages share fixed text (the CPU and Memory Managers' checkpoint
            // errors): the quote must be one of them.
            if (!candidates.isEmpty()) {
                compared[0]++;
                if (candidates.stream().noneMatch(full -> full.matcher(text).find())) {
                    bad.add(page + ":" + n + " \"" + line.strip() + "\" differs from the engine's " + candidates);
                }
            }
        });
        assertTrue(compared[0] >= 10, "compared only " + compared[0] + " quoted messages");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /** Ids the engine emits outside the registry (start errors, config diffs): literals in main code. */
    private static Set<String> engineRuleIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        RuleRegistry.standard().rules().forEach(r -> ids.add(r.info().id()));
        Pattern literal = Pattern.compile("\"(NUMA-[A-Z]+-\\d{3})\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    /** Messages: string constants of core with a space and a %-verb or 30+ characters, by longest fragment. */
    private static TreeMap<String, Pattern> engineMessageFormats() throws IOException {
        // A constant is literals and other constants joined by +; a named constant stands for any value.
        Pattern constant = Pattern.compile(
                "static final String \\w+\\s*=\\s*((?:(?:\"(?:[^\"\\\\]|\\\\.)*\"|[A-Z][A-Z0-9_]*)\\s*\\+?\\s*)+);");
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|([A-Z][A-Z0-9_]*)");
        TreeMap<String, Pattern> formats = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/numaadvisor/core"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = constant.matcher(Files.readString(f));
                while (m.find()) {
                    StringBuilder text = new StringBuilder();
                    Matcher l = literal.matcher(m.group(1));
                    while (l.find()) {
                        text.append(l.group(1) == null ? "%s"
                                : l.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                    }
                    String s = text.toString();
                    if (s.contains(" ") && (s.contains("%") || s.length() >= 30)) {
                        String[] parts = s.split("%[-0-9.]*[a-zA-Z]");
                        String longest = "";
                        for (String part : parts) {
                            longest = part.length() > longest.length() ? part : longest;
                        }
                        if (longest.strip().length() >= 15) {
                            formats.put(longest, toRegex(s));
                        }
                    }
                }
            }
        }
        return formats;
    }

    private static Pattern toRegex(String format) {
        StringBuilder re = new StringBuilder();
        String[] parts = format.split("%[-0-9.]*[a-zA-Z]", -1);
        for (int i = 0; i < parts.length; i++) {
            re.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                re.append(".+?");
            }
        }
        return Pattern.compile(re.toString());
    }

    private static Set<String> stringConstants(Class<?> c) throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : c.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) && Modifier.isPublic(mod) && f.getType() == String.class) {
                out.add((String) f.get(null));
            }
        }
        return out;
    }

    private interface LineCheck {
        void check(String page, int lineNumber, String line);
    }

    private static void forEachLine(LineCheck check) throws IOException {
        for (Path p : pages()) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                check.check(p.toString(), i + 1, lines.get(i));
            }
        }
    }

    private static void forEachCodeLine(LineCheck check) throws IOException {
        for (Path p : pages()) {
            List<String> lines = Files.readAllLines(p);
            boolean inCode = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("```")) {
                    inCode = !inCode;
                } else if (inCode) {
                    check.check(p.toString(), i + 1, lines.get(i));
                }
            }
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(KNOWLEDGE)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
