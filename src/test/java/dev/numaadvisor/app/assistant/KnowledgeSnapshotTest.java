package dev.numaadvisor.app.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The build's snapshot holds exactly what reading the markdown gives (issue 15). */
class KnowledgeSnapshotTest {
    @Test
    void roundTripGivesTheSameObjects() throws IOException {
        KnowledgeSnapshot.Contents fromMarkdown = KnowledgeSnapshot.fromMarkdown();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KnowledgeSnapshot.write(fromMarkdown, bytes);
        KnowledgeSnapshot.Contents read = KnowledgeSnapshot.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(fromMarkdown, read);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        KnowledgeSnapshot.write(read, again);
        assertEquals(bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1),
                again.toString(java.nio.charset.StandardCharsets.ISO_8859_1), "the same pages give the same bytes");
    }

    @Test
    void theBuildsSnapshotIsCurrent() {
        KnowledgeSnapshot.Contents current = KnowledgeSnapshot.current();
        Assumptions.assumeTrue(current != null, "no snapshot: not built by Maven (process-classes)");
        assertEquals(KnowledgeSnapshot.fromMarkdown(), current);
    }

    @Test
    void theRuleKeysFindWhatThePagesFind() {
        KnowledgeSnapshot.Contents c = KnowledgeSnapshot.fromMarkdown();
        List<KnowledgePage> pages = KnowledgeIndex.withParagraphs(c.pages());
        RuleLookup fromPages = new RuleLookup(pages);
        RuleLookup fromKeys = new RuleLookup(c.rules(), path -> pages.stream()
                .filter(p -> p.path().equals(path)).findFirst().orElse(null));
        for (String q : List.of("what is NUMA-CPU-002?", "numa-mem-002 and NUMA-POD-004 keep firing",
                "SMT Alignment Error: requested 3 cpus not multiple cpus per core = 2",
                "kubelet won't start: [cpumanager] unable to determine reserved CPU resources for static policy",
                "my pod failed with: Resources cannot be allocated with Topology locality", "what does restricted do?")) {
            assertEquals(fromPages.find(q), fromKeys.find(q), q);
        }
    }

    @Test
    void anotherVersionIsIgnored() throws IOException {
        byte[] foreign = {0x4e, 0x41, 0x4b, 0x53, 0, 0, 0, 99};
        assertNull(KnowledgeSnapshot.read(new ByteArrayInputStream(foreign)));
    }

    @Test
    void searchWithTheBuildsFiguresIsTheSameSearch() {
        List<KnowledgePage> pages = KnowledgeLoader.fromMarkdown();
        KnowledgeIndex eager = new KnowledgeIndex(pages);
        KnowledgeIndex lazy = new KnowledgeIndex(pages, eager.stats());
        for (String q : List.of("what does restricted do", "reservedMemory for NUMA 1", "flux capacitor",
                "full-pcpus-only SMT alignment error", "-1 numa_node")) {
            assertEquals(eager.search(q, 5), lazy.search(q, 5), q);
            assertEquals(eager.idf(q.split(" ")[0]), lazy.idf(q.split(" ")[0]));
        }
    }
}
