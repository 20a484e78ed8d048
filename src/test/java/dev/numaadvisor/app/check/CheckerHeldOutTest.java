package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model answers written by helpers who saw neither the checker nor any other answer set (the
 * checker's own eval was written alongside it, so its 100 % shows only what it was taught). Never
 * edit the answers. A set's first run is its honest figure; once its misses have been read to find
 * what the checker lacked in general, it is no longer blind, its floor rises to what it scores,
 * and the next set is the blind one.
 *
 * <ul>
 * <li>set 1 (session 4, two scenarios): first run precision 0.82, recall 0.54 (14/26), 3 false
 *     alarms; read in session 5 (tables, labelled items, answered questions, sibling sets, device
 *     locations).</li>
 * <li>set 2 (session 5, ten scenarios: best-effort spill, restricted, SMT alignment, container and
 *     pod scope, the shared pool, OutOfcpu, four NUMA nodes, pod order): first run 0.87, 0.75
 *     (41/55), 6 false alarms; read (per-NUMA slices, pronouns after two names, ids after a name,
 *     counterfactuals, a provider's hint taken for the merged one).</li>
 * <li>set 3 (session 5, nine scenarios: SNC2, a telco DU with a VF and 1Gi hugepages, CPU and
 *     topology manager options, init containers, memory across nodes, policy none, a kubelet that
 *     cannot start): first run 0.92, 0.70 (35/50), 3 false alarms; read (headings as subjects, "NUMA
 *     1: 24-38" slices, the shared pool's ids, memory told in Gi). Still missed on purpose: memory
 *     said "pinned" when the Memory Manager is off (the result does not say which policy ran), and
 *     ids after filler words ("seed gets the big set, 1–3 + 17–19").</li>
 * <li>set 4 (session 5, ten scenarios in the phrasings of large and small models: GPU inference,
 *     best-effort splits, a GPU pair under restricted and best-effort, NPS4 in sequence, fractional
 *     sidecars, full-pcpus-only, reserved CPUs on the GPUs' node, pod scope with init, 2Mi
 *     hugepages): first run precision 0.77, recall 0.65 (34/52), 10 false alarms on 34 right; read
 *     (node listings per NUMA node, counts in CPU columns, the Topology Manager's part of an
 *     admission, pods in general, advice sections and imperatives, counterfactual clauses, memory
 *     said pinned or not, "never got a merged hint"). Still missed: container mix-ups told loosely
 *     ("the worker container inherits the init container's whole set, 1-4,17-20"), ids after filler
 *     words, memory set aside for a pod that was then rejected.</li>
 * <li>set 5 (session 5, ten scenarios: SNC2 with pod scope, one NUMA node with mixed QoS, NPS4
 *     with VFs under restricted, a kubelet that cannot start, eight NUMA nodes with an init
 *     container, GPUs without NUMA information, no SMT with pod scope, 1Gi hugepages, SNC4
 *     OutOfmemory, NPS2 full-pcpus-only): first run precision 0.79, recall 0.72 (42/58), 11 false
 *     alarms on 40 right. Its writer saw, in a commit message, the kinds of phrasing set 4 taught.
 *     Read (container names two pods share, verdicts with names after them, modal verdicts,
 *     respective lists, Q&amp;A answers without a verb, where a node's CPUs sit). Still missed: the
 *     shared pool told in the sentence after, a wrong explanation of why the kubelet cannot start,
 *     "jmx-exporter 13", memory "isn't" with "pinned" left out.</li>
 * </ul>
 */
class CheckerHeldOutTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "eval/checker-held-out.yaml,   0, 1.00",
        "eval/checker-held-out-2.yaml, 0, 1.00",
        "eval/checker-held-out-3.yaml, 0, 0.96",
        "eval/checker-held-out-4.yaml, 0, 0.94",
        "eval/checker-held-out-5.yaml, 0, 0.93"})
    void heldOutAnswers(String resource, int maxFalseAlarms, double minRecall) {
        CheckerEval.Report r = CheckerEval.run(CheckerEval.cases(resource));
        System.out.println(resource + ": " + r.render());
        assertTrue(r.falseAlarms() <= maxFalseAlarms, r.render());
        assertTrue(r.recall() >= minRecall, r.render());
    }
}
