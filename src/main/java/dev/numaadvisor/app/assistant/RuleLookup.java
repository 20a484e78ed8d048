package dev.numaadvisor.app.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions that name a rule id ("what is NUMA-CPU-002?") or paste an error the kubelet printed
 * ("SMT Alignment Error: requested 3 cpus …", "[cpumanager] unable to determine reserved CPU
 * resources …") go to the rule page, not to a search: the id or the message says exactly which
 * page answers it. The messages are read from the rule pages' own code blocks, so a new rule page
 * is found without a list kept here.
 */
final class RuleLookup {
    private static final Pattern RULE_ID = Pattern.compile("(?i)\\bNUMA-[A-Z]+-\\d{3}\\b");
    private static final Pattern FENCE = Pattern.compile("(?s)```([a-z]*)\\n(.*?)```");
    private static final Pattern SECTION = Pattern.compile("(?s)## ([^\\n]+)\\n(.*?)(?=\\n## |\\z)");
    /** Where a message stops being literal: a number or a placeholder. */
    private static final Pattern VARIABLE = Pattern.compile("[0-9<%{]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Shorter literal prefixes are too common to point at one message. */
    private static final int MIN_KEY = 16;

    /**
     * What the lookup knows, by page path: each rule id's page and each message's pages, in page
     * order. The build keeps them in its snapshot, so a question needs no rule page to be read
     * until one matches.
     */
    record Keys(Map<String, String> byId, Map<String, List<String>> byMessage) {
    }

    private final Keys keys;
    private final Function<String, KnowledgePage> page;

    /** Over these pages' rule pages (the ids are their names; the messages, their code blocks). */
    RuleLookup(List<KnowledgePage> pages) {
        this(keys(pages), byPath(pages));
    }

    /** Over given keys; {@code page} finds a page by its path when a question matches one. */
    RuleLookup(Keys keys, Function<String, KnowledgePage> page) {
        this.keys = keys;
        this.page = page;
    }

    static Keys keys(List<KnowledgePage> pages) {
        Map<String, String> byId = new LinkedHashMap<>();
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        for (KnowledgePage p : pages) {
            if (!p.path().contains("rules/")) {
                continue;
            }
            byId.put(p.slug().toUpperCase(Locale.ROOT), p.path());
            Matcher f = FENCE.matcher(p.body());
            while (f.find()) {
                if (!f.group(1).isEmpty()) {
                    continue; // yaml, json: config, not a message
                }
                for (String line : f.group(2).split("\n")) {
                    String key = key(line);
                    if (key.length() >= MIN_KEY) {
                        byMessage.computeIfAbsent(key, k -> new ArrayList<>()).add(p.path());
                    }
                }
            }
        }
        return new Keys(byId, byMessage);
    }

    private static Function<String, KnowledgePage> byPath(List<KnowledgePage> pages) {
        Map<String, KnowledgePage> byPath = new LinkedHashMap<>();
        pages.forEach(p -> byPath.putIfAbsent(p.path(), p));
        return byPath::get;
    }

    /** The rule pages the input names by id, else by a message it contains; empty when neither. */
    List<KnowledgePage> find(String input) {
        List<String> out = new ArrayList<>();
        Matcher id = RULE_ID.matcher(input);
        while (id.find()) {
            String p = keys.byId().get(id.group().toUpperCase(Locale.ROOT));
            if (p != null && !out.contains(p)) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            String said = normal(input);
            keys.byMessage().forEach((key, rules) -> {
                if (said.contains(key)) {
                    rules.stream().filter(r -> !out.contains(r)).forEach(out::add);
                }
            });
        }
        List<KnowledgePage> pages = new ArrayList<>();
        for (String path : out) {
            KnowledgePage p = page.apply(path);
            if (p != null) {
                pages.add(p);
            }
        }
        return pages;
    }

    /** The direct answer (what the rule catches), what to do, why, and the pages. */
    static String answer(List<KnowledgePage> rules) {
        KnowledgePage first = rules.get(0);
        Map<String, String> s = sections(first.body());
        StringBuilder sb = new StringBuilder();
        sb.append(first.title()).append(": ").append(firstParagraph(s.getOrDefault("What it catches", ""))).append("\n\n");
        if (s.containsKey("How to fix")) {
            sb.append("What to do:\n").append(s.get("How to fix").strip()).append("\n\n");
        }
        if (s.containsKey("Why it matters")) {
            sb.append("Why it matters: ").append(firstParagraph(s.get("Why it matters"))).append("\n\n");
        }
        sb.append("Pages: ");
        for (int i = 0; i < rules.size(); i++) {
            sb.append(i == 0 ? "" : " · ").append(rules.get(i).title()).append(" (").append(rules.get(i).path()).append(')');
        }
        return sb.append('\n').toString();
    }

    private static Map<String, String> sections(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(body);
        while (m.find()) {
            out.put(m.group(1).strip(), m.group(2));
        }
        return out;
    }

    private static String firstParagraph(String text) {
        for (String para : text.strip().split("\\n\\s*\\n")) {
            if (!para.isBlank() && !para.startsWith("```")) {
                return para.replaceAll("\\s*\\n\\s*", " ").strip();
            }
        }
        return "";
    }

    /** A message's literal start: up to the first number or placeholder, which differ from node to node. */
    private static String key(String line) {
        String n = normal(line);
        Matcher cut = VARIABLE.matcher(n);
        return (cut.find() ? n.substring(0, cut.start()) : n).strip();
    }

    private static String normal(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
