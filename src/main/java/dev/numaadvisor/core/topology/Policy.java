package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.trace.Trace;
import java.util.List;

/**
 * A Topology Manager policy ({@code topologymanager.Policy}): merges the providers' answers for
 * one container or one pod into one hint and decides admission. Created by {@link PolicyFactory}.
 */
public interface Policy {
    /** The kubelet's policy name: {@code none}, {@code best-effort}, {@code restricted}, {@code single-numa-node}. */
    String name();

    /**
     * @param providersHints one answer per hint provider, in registration order (device, cpu, memory);
     *     an empty answer means the provider has no preference
     * @param trace receives the reasons in plain words
     */
    MergeResult merge(List<ProviderHints> providersHints, Trace trace);
}
