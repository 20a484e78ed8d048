package dev.numaadvisor.app.assistant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 part 6: each page no longer states the wrong claim, states the right one, and names
 * the kubelet source in a comment; readers never see those comments.
 */
class KnowledgePageFixesTest {
    private static String page(String name) throws IOException {
        return Files.readString(Path.of("knowledge", name)).replaceAll("\\s+", " ");
    }

    @Test
    void alignmentMetricCountsOnlyUnderSingleNumaNode() throws IOException {
        String p = page("verification.md");
        assertFalse(p.contains("count only under an alignment-guaranteeing policy"), p);
        assertTrue(p.contains("count only under `single-numa-node`") && p.contains("IsAlignmentGuaranteed"), p);
    }

    @Test
    void aChangedReservedSetStopsTheKubeletOnlySometimes() throws IOException {
        String p = page("cpu-manager-static.md");
        assertFalse(p.contains("a changed policy, reserved set or CPU count stops the kubelet"), p);
        assertTrue(p.contains("A changed reserved set does not always") && p.contains("validateState"), p);
        assertTrue(p.indexOf("The static policy gives whole CPUs") < p.indexOf("lower-case"), "leads with what it does");
    }

    @Test
    void defectsPageSparesSingleNumaNodeAndSeparatesSuspicions() throws IOException {
        String p = page("known-kubelet-defects.md");
        assertTrue(p.contains("`single-numa-node` was not affected"), p);
        assertTrue(p.indexOf("## Suspected, not confirmed") < p.indexOf("distribute-cpus-across-numa picks"), p);
        assertFalse(p.contains("In 1.16/1.17 the reason read"), p);
    }

    @Test
    void oneReservedCpuOnSmtIsCpuZeroOnly() throws IOException {
        String p = page("rules/NUMA-CPU-003.md");
        assertFalse(p.contains("that means core 0 (`0,48`)"), p);
        assertTrue(p.contains("a reservation of 1 is CPU 0 only") && p.contains("takeFullCores"), p);
    }

    @Test
    void initContainerExampleNeverHandsOutReservedCpuZero() throws IOException {
        String p = page("rules/NUMA-POD-003.md");
        assertFalse(p.contains("init 4 CPUs → `0-1,4-5`"), p);
        assertTrue(p.contains("`reservedSystemCPUs: \"0,4\"`") && p.contains("init 4 CPUs → `1-2,5-6`"), p);
    }

    @Test
    void notApplicableAffinityIsAnyNodeOnlyWhenNoDeviceReportsTopology() throws IOException {
        String p = page("collect.md");
        assertFalse(p.contains("the Topology Manager then treats the GPU as usable from any NUMA node."), p);
        assertTrue(p.contains("is allocated last") && p.contains("filterByAffinity"), p);
    }

    @Test
    void oldReasonSpellingIsNotPinnedTo116And117() throws IOException {
        String p = page("topology-manager-policies.md");
        assertFalse(p.contains("Kubelets 1.16/1.17 spelled"), p);
        assertTrue(p.contains("through at least the 1.18 code"), p);
    }

    @Test
    void pagesLeadWithWhatTheThingDoesAndNameTheRelease() throws IOException {
        assertTrue(page("reserved-cpus.md").indexOf("keeps some CPUs out of exclusive allocation")
                < page("reserved-cpus.md").indexOf("unable to determine reserved CPU"));
        assertTrue(page("cpu-manager-policy-options.md").indexOf("change how exclusive CPUs are chosen")
                < page("cpu-manager-policy-options.md").indexOf("quote them"));
        assertFalse(page("amd-nps-and-many-numa-nodes.md").contains("## How many NUMA nodes do you have?"));
        assertTrue(page("README.md").contains("Kubernetes 1.35"));
    }

    @Test
    void sourceCommentsAreNotShownToReaders() {
        for (KnowledgePage p : KnowledgeLoader.load()) {
            assertFalse(p.body().contains("<!--"), p.path());
        }
    }
}
