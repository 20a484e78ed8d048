package dev.numaadvisor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.understand.Said;
import dev.numaadvisor.app.understand.SessionPlan;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.config.KubeVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Why is this container not pinned?" for the classic cases, each verdict citing its rule. */
class DiagnoseTest {
    static final String STATIC = "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n"
            + "cpuManagerPolicy: static\nreservedSystemCPUs: \"0,48\"\ntopologyManagerPolicy: single-numa-node\n";

    static String pod(String init, String app) {
        return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n" + init + "  containers:\n  - name: app\n"
                + "    resources: " + app + "\n";
    }

    static Diagnose.Diagnosis run(String pod, String config, LintInput node) {
        return Diagnose.run(new LintInput("pod.yaml", pod), config == null ? null : new LintInput("k.yaml", config),
                node, KubeVersion.NEWEST);
    }

    @Test
    void fractionalCpuGoesToTheSharedPool() {
        Diagnose.ContainerDiagnosis c = run(pod("", "{requests: {cpu: 3500m, memory: 4Gi}, limits: {cpu: 3500m,"
                + " memory: 4Gi}}"), STATIC, null).containers().get(0);
        Diagnose.Step last = c.steps().get(c.steps().size() - 1);
        assertEquals("NUMA-POD-002", last.ruleId());
        assertFalse(last.passes());
        assertEquals("shared pool because CPU request 3500m is not an integer", c.verdict());
    }

    @Test
    void burstablePodNamesTheContainerAndResource() {
        Diagnose.Diagnosis d = run(pod("", "{requests: {cpu: \"4\", memory: 4Gi}, limits: {cpu: \"4\"}}"), STATIC,
                null);
        assertEquals("shared pool because no limit for memory in container `app`", d.containers().get(0).verdict());
        assertEquals("NUMA-POD-001", d.containers().get(0).steps().get(0).ruleId());
    }

    @Test
    void initContainerWithRequestsNotLimitsMakesThePodBurstable() {
        String init = "  initContainers:\n  - name: setup\n    resources: {requests: {cpu: \"1\", memory: 1Gi},"
                + " limits: {cpu: \"1\", memory: 2Gi}}\n";
        Diagnose.Diagnosis d = run(pod(init, "{requests: {cpu: \"4\", memory: 4Gi}, limits: {cpu: \"4\","
                + " memory: 4Gi}}"), STATIC, null);
        assertEquals(2, d.containers().size());
        assertEquals("shared pool because requests ≠ limits for memory in init container `setup`",
                d.containers().get(1).verdict());
    }

    @Test
    void guaranteedIntegerPodOnANodeGetsExclusiveAlignedCpus() {
        Session s = new Session();
        SessionPlan.node(s, Said.node("2x24x2 gpu@1").plan());
        DraftResult draft = Draft.draft(s, DraftIntent.parse("8 cpu, 16Gi"), null, KubeVersion.NEWEST);
        s.config(Draft.config(draft));
        Diagnose.Diagnosis d = run(pod("", "{requests: {cpu: \"8\", memory: 16Gi}, limits: {cpu: \"8\","
                + " memory: 16Gi}}"), null, new LintInput("node.yaml", s.toScenarioYaml()));
        String verdict = d.containers().get(0).verdict();
        assertTrue(verdict.startsWith("exclusive CPUs ") && verdict.contains(", aligned on NUMA "), verdict);
        assertTrue(d.containers().get(0).steps().stream().allMatch(Diagnose.Step::passes));
        assertEquals(List.of("kubernetes/kubernetes#84869"), d.defects().stream().map(KnownDefects.Defect::issue)
                .toList(), "single-numa-node rejects: runaway failed pods");
    }

    @Test
    void configDiffMarksStateChanges() {
        String before = "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n"
                + "cpuManagerPolicy: none\nmaxPods: 110\n";
        List<ConfigDiff.Change> changes = ConfigDiff.diff(new LintInput("a.yaml", before),
                new LintInput("b.yaml", STATIC + "maxPods: 120\n"));
        assertEquals("cpuManagerPolicy", changes.get(0).field());
        assertEquals("NUMA-STATE-005", changes.get(0).ruleId());
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("maxPods") && c.ruleId() == null));
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("reservedSystemCPUs")
                && "NUMA-ADV-007".equals(c.ruleId()) && c.procedure().contains("cpu_manager_state")));
    }
}
