package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.rule.advisory.NumaNodeAllocatableTooSmall;
import dev.numaadvisor.core.rule.advisory.OddCpuRequestsSplitCores;
import dev.numaadvisor.core.rule.advisory.ReservationPlacementPerNuma;
import dev.numaadvisor.core.rule.advisory.ReservationsOnDeviceNumaNode;
import dev.numaadvisor.core.rule.advisory.ReservedCpusDoNotIsolate;
import dev.numaadvisor.core.rule.advisory.ReservedCpusSplitCores;
import dev.numaadvisor.core.rule.advisory.SchedulerNotNumaAware;
import dev.numaadvisor.core.rule.cpu.AlignBySocketMoreSocketsThanNuma;
import dev.numaadvisor.core.rule.cpu.AlignBySocketWithSingleNumaNode;
import dev.numaadvisor.core.rule.cpu.CfsQuotaOnExclusiveCpus;
import dev.numaadvisor.core.rule.cpu.CpuOptionsWithNonePolicy;
import dev.numaadvisor.core.rule.cpu.CpuPolicyOptionBadBoolean;
import dev.numaadvisor.core.rule.cpu.CpuPolicyOptionGateDisabled;
import dev.numaadvisor.core.rule.cpu.CpuReconcileWindow;
import dev.numaadvisor.core.rule.cpu.FullPcpusOnlyRejectsOddRequests;
import dev.numaadvisor.core.rule.cpu.IncompatibleCpuPolicyOptions;
import dev.numaadvisor.core.rule.cpu.ReservedCpuCountRoundedUp;
import dev.numaadvisor.core.rule.cpu.ReservedCpusCannotBeSatisfied;
import dev.numaadvisor.core.rule.cpu.ReservedCpusInSharedPool;
import dev.numaadvisor.core.rule.cpu.ReservedCpusNotOnline;
import dev.numaadvisor.core.rule.cpu.ReservedCpusOverrideCpuReservation;
import dev.numaadvisor.core.rule.cpu.ReservedCpusUnparseable;
import dev.numaadvisor.core.rule.cpu.ReservedCpusWithReservedCgroup;
import dev.numaadvisor.core.rule.cpu.StaticWithoutCpuReservation;
import dev.numaadvisor.core.rule.cpu.TopologyManagerWithoutStaticCpu;
import dev.numaadvisor.core.rule.cpu.UnknownCpuManagerPolicy;
import dev.numaadvisor.core.rule.cpu.UnknownCpuPolicyOption;
import dev.numaadvisor.core.rule.decode.KubeletConfigDecodeError;
import dev.numaadvisor.core.rule.gate.CpuPolicyOptionsGateDisabled;
import dev.numaadvisor.core.rule.gate.GaFeatureGateSet;
import dev.numaadvisor.core.rule.gate.LockedFeatureGateFlipped;
import dev.numaadvisor.core.rule.gate.MemoryManagerGateDisabled;
import dev.numaadvisor.core.rule.gate.TopologyPolicyOptionsGateDisabled;
import dev.numaadvisor.core.rule.gate.UnknownFeatureGate;
import dev.numaadvisor.core.rule.memory.ReservedMemoryDuplicateEntry;
import dev.numaadvisor.core.rule.memory.ReservedMemoryHugepages;
import dev.numaadvisor.core.rule.memory.ReservedMemoryOnOneNumaNode;
import dev.numaadvisor.core.rule.memory.ReservedMemorySumMismatch;
import dev.numaadvisor.core.rule.memory.ReservedMemoryUnknownNumaNode;
import dev.numaadvisor.core.rule.memory.ReservedMemoryUnsupportedResource;
import dev.numaadvisor.core.rule.memory.ReservedMemoryWithoutStatic;
import dev.numaadvisor.core.rule.memory.ReservedMemoryZeroQuantity;
import dev.numaadvisor.core.rule.memory.StaticMemoryWithTopologyNone;
import dev.numaadvisor.core.rule.memory.StaticMemoryWithoutReservedMemory;
import dev.numaadvisor.core.rule.memory.UnknownMemoryManagerPolicy;
import dev.numaadvisor.core.rule.pod.DeviceRequestsAndTopology;
import dev.numaadvisor.core.rule.pod.FractionalCpuRequest;
import dev.numaadvisor.core.rule.pod.HugepagesWithoutGuaranteed;
import dev.numaadvisor.core.rule.pod.InitContainerCpuReuse;
import dev.numaadvisor.core.rule.pod.MemoryRequestExceedsNumaNode;
import dev.numaadvisor.core.rule.pod.PodNotGuaranteed;
import dev.numaadvisor.core.rule.pod.SmtAlignmentError;
import dev.numaadvisor.core.rule.pod.UnexpectedAdmissionError;
import dev.numaadvisor.core.rule.reservation.CustomEvictionHardDropsMemory;
import dev.numaadvisor.core.rule.reservation.EnforceAllocatableWithoutCgroup;
import dev.numaadvisor.core.rule.reservation.UnsupportedReservedResource;
import dev.numaadvisor.core.rule.state.CpuPolicyChangedWithState;
import dev.numaadvisor.core.rule.state.CpuStateMismatch;
import dev.numaadvisor.core.rule.state.MemoryPolicyChangedWithState;
import dev.numaadvisor.core.rule.topology.BestEffortNeverRejects;
import dev.numaadvisor.core.rule.topology.InvalidTopologyManagerPolicy;
import dev.numaadvisor.core.rule.topology.InvalidTopologyManagerScope;
import dev.numaadvisor.core.rule.topology.MaxAllowableNumaNodesBelow8;
import dev.numaadvisor.core.rule.topology.MaxAllowableNumaNodesNotInteger;
import dev.numaadvisor.core.rule.topology.PreferClosestNumaNodesBadBoolean;
import dev.numaadvisor.core.rule.topology.PreferClosestWithSingleNumaNode;
import dev.numaadvisor.core.rule.topology.RejectedPodsNotRescheduled;
import dev.numaadvisor.core.rule.topology.SingleNumaNodeContainerScope;
import dev.numaadvisor.core.rule.topology.TooManyNumaNodes;
import dev.numaadvisor.core.rule.topology.TopologyOptionsIgnoredWithPolicyNone;
import dev.numaadvisor.core.rule.topology.TopologyPolicyOptionGateDisabled;
import dev.numaadvisor.core.rule.topology.UnknownTopologyPolicyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every rule of the catalogue in one list. The order is the kubelet's start-up order (decode,
 * feature gates, validation, run(), Topology → CPU → Memory Manager constructors, state), so the
 * first start-failure finding is the message the kubelet would print. Rejects duplicate ids.
 */
public final class RuleRegistry {
    private final List<Rule> rules;

    public RuleRegistry(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.info().id())) {
                throw new IllegalArgumentException("duplicate rule id " + r.info().id());
            }
            if (!names.add(r.info().name())) {
                throw new IllegalArgumentException("duplicate rule name " + r.info().name());
            }
        }
        this.rules = List.copyOf(rules);
    }

    /** The registry of every implemented rule. */
    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                new KubeletConfigDecodeError(),
                new UnknownFeatureGate(), new LockedFeatureGateFlipped(),
                // ValidateKubeletConfiguration
                new ReservedCpusWithReservedCgroup(), new ReservedCpusUnparseable(),
                new InvalidTopologyManagerPolicy(), new InvalidTopologyManagerScope(),
                new EnforceAllocatableWithoutCgroup(), new ReservedMemoryUnsupportedResource(),
                new ReservedMemoryZeroQuantity(), new ReservedMemoryDuplicateEntry(),
                // cmd/kubelet/app/server.go run()
                new UnsupportedReservedResource(), new ReservedCpusNotOnline(),
                new CpuPolicyOptionsGateDisabled(), new TopologyPolicyOptionsGateDisabled(),
                // Topology Manager, then CPU Manager, then Memory Manager constructors
                new UnknownTopologyPolicyOption(), new TopologyPolicyOptionGateDisabled(),
                new MaxAllowableNumaNodesNotInteger(), new MaxAllowableNumaNodesBelow8(),
                new PreferClosestNumaNodesBadBoolean(), new TooManyNumaNodes(),
                new UnknownCpuManagerPolicy(), new CpuOptionsWithNonePolicy(), new UnknownCpuPolicyOption(),
                new CpuPolicyOptionGateDisabled(), new CpuPolicyOptionBadBoolean(),
                new IncompatibleCpuPolicyOptions(), new AlignBySocketWithSingleNumaNode(),
                new AlignBySocketMoreSocketsThanNuma(), new StaticWithoutCpuReservation(),
                new ReservedCpusCannotBeSatisfied(),
                new UnknownMemoryManagerPolicy(), new ReservedMemoryUnknownNumaNode(),
                new StaticMemoryWithoutReservedMemory(), new ReservedMemorySumMismatch(),
                new ReservedMemoryHugepages(),
                // state files, checked in each manager's Start()
                new CpuPolicyChangedWithState(), new MemoryPolicyChangedWithState(), new CpuStateMismatch(),
                // the kubelet starts; these are about effect and fragility
                new GaFeatureGateSet(), new MemoryManagerGateDisabled(),
                new ReservedCpuCountRoundedUp(), new ReservedCpusOverrideCpuReservation(),
                new TopologyManagerWithoutStaticCpu(), new ReservedCpusInSharedPool(),
                new FullPcpusOnlyRejectsOddRequests(), new CpuReconcileWindow(), new CfsQuotaOnExclusiveCpus(),
                new ReservedMemoryWithoutStatic(), new StaticMemoryWithTopologyNone(),
                new ReservedMemoryOnOneNumaNode(),
                new TopologyOptionsIgnoredWithPolicyNone(), new PreferClosestWithSingleNumaNode(),
                new SingleNumaNodeContainerScope(), new RejectedPodsNotRescheduled(), new BestEffortNeverRejects(),
                new CustomEvictionHardDropsMemory(),
                new ReservedCpusSplitCores(), new ReservationsOnDeviceNumaNode(), new ReservationPlacementPerNuma(),
                new ReservedCpusDoNotIsolate(), new SchedulerNotNumaAware(), new NumaNodeAllocatableTooSmall(),
                new OddCpuRequestsSplitCores(),
                new PodNotGuaranteed(), new FractionalCpuRequest(), new InitContainerCpuReuse(),
                new SmtAlignmentError(), new HugepagesWithoutGuaranteed(), new DeviceRequestsAndTopology(),
                new UnexpectedAdmissionError(), new MemoryRequestExceedsNumaNode()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public RuleInfo info(String id) {
        for (Rule r : rules) {
            if (r.info().id().equals(id)) {
                return r.info();
            }
        }
        return null;
    }

    /**
     * Runs every rule that the view can feed: config rules need a config, machine rules need
     * the machine (they check it themselves), pod rules run whenever pods are given.
     */
    public List<Finding> check(LintView view) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            Scope s = r.info().scope();
            boolean needsConfig = s != Scope.POD;
            if (needsConfig && !view.configGiven()) {
                continue;
            }
            out.addAll(r.check(view));
        }
        return out;
    }
}
