package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;

import java.math.BigDecimal;

/**
 * How many CPUs the static policy reserves and which ones are named explicitly, as the kubelet
 * derives them at start-up ({@code server.go} then {@code cpumanager.NewManager}).
 *
 * @param count the number of reserved CPUs
 * @param explicit the explicitly named set, or null when the allocator picks them
 */
record CpuReservation(int count, CpuSet explicit) {
    static final String UNPARSABLE =
            "invalid configuration: unable to parse reservedSystemCPUs (--reserved-cpus) %s, error:"
                + " %s";
    static final String NOT_SUBSET = "reserved-cpus: %s is not a subset of online-cpus: %s";
    static final String UNDETERMINED =
            "[cpumanager] unable to determine reserved CPU resources for static policy";

    /** {@code reservedSystemCPUs} parsed; null when unset. Start-up fails for an unknown CPU. */
    static CpuSet reservedSystemCpus(KubeletConfig config, CpuSet machineCpus)
            throws KubeletStartError {
        String text = config.reservedSystemCPUs() == null ? "" : config.reservedSystemCPUs().trim();
        if (text.isEmpty()) {
            return null;
        }
        CpuSet set;
        try {
            set = CpuSet.parse(text);
        } catch (IllegalArgumentException e) {
            throw new KubeletStartError(
                    String.format(UNPARSABLE, text, e.getMessage()), "NUMA-CPU-006");
        }
        if (!machineCpus.containsAll(set)) {
            throw new KubeletStartError(
                    String.format(NOT_SUBSET, set, machineCpus), "NUMA-CPU-007");
        }
        return set;
    }

    /*
     * The count:
     *   - harness.numReservedCPUs, when given, as it is (the unit tests' 0 included);
     *   - reservedSystemCPUs (or harness.reservedCPUs) set: its size (the kubelet overwrites
     *     systemReserved.cpu with it and drops kubeReserved.cpu);
     *   - else ceil(kubeReserved.cpu + systemReserved.cpu in millicores / 1000); no cpu entry, or a
     *     zero sum (the kubelet drops zero entries from the reservation), stops the kubelet.
     */
    static CpuReservation of(KubeletConfig config, CpuSet reservedSystemCpus, CpuHarness harness)
            throws KubeletStartError {
        CpuSet explicit =
                harness != null && harness.reservedCPUs() != null
                        ? harness.reservedCPUs()
                        : reservedSystemCpus;
        if (harness != null && harness.numReservedCPUs() != null) {
            return new CpuReservation(harness.numReservedCPUs(), explicit);
        }
        if (explicit != null) {
            return new CpuReservation(explicit.size(), explicit);
        }
        Quantity kube = config.kubeReserved().get(Resources.CPU);
        Quantity system = config.systemReserved().get(Resources.CPU);
        BigDecimal sum = BigDecimal.ZERO;
        if (kube != null) {
            sum = sum.add(kube.amount());
        }
        if (system != null) {
            sum = sum.add(system.amount());
        }
        if (sum.signum() == 0) {
            throw new KubeletStartError(UNDETERMINED, "NUMA-CPU-002");
        }
        long millis = new Quantity(sum, sum.toPlainString()).milliValue();
        return new CpuReservation((int) Math.ceil(millis / 1000.0), explicit);
    }
}
