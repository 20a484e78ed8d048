package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.QosClass;

/**
 * Who gets exclusive CPUs ({@code guaranteedCPUs} / {@code podGuaranteedCPUs} of the static
 * policy): a container of a Guaranteed pod whose CPU request is a whole number gets that many;
 * every other container gets 0 and runs in the shared pool.
 */
public final class GuaranteedCpus {
    private GuaranteedCpus() {}

    /**
     * The kubelet's {@code guaranteedCPUs}: 0 unless the pod is Guaranteed and the request whole.
     */
    public static long of(Pod pod, Container c) {
        if (pod.qosClass() != QosClass.Guaranteed) {
            return 0;
        }
        Quantity cpu = c.request(Resources.CPU);
        if (cpu == null || !isIntegral(cpu)) {
            return 0;
        }
        return cpu.value();
    }

    /** {@code isIntegralCPUAmount}: {@code Value()*1000 == MilliValue()} (both round up). */
    static boolean isIntegral(Quantity q) {
        long v = q.value();
        return v <= Long.MAX_VALUE / 1000 && v * 1000 == q.milliValue();
    }

    /**
     * {@code podGuaranteedCPUs}: max(largest regular init container plus the sidecars declared
     * before it, app containers plus all sidecars). Containers without a cpu request count 0.
     */
    public static long ofPod(Pod pod) {
        long initMax = 0;
        long sidecars = 0;
        for (Container c : pod.initContainers()) {
            if (c.request(Resources.CPU) == null) {
                continue;
            }
            long n = of(pod, c);
            if (c.restartPolicyAlways()) {
                sidecars += n;
            } else if (sidecars + n > initMax) {
                initMax = sidecars + n;
            }
        }
        long apps = 0;
        for (Container c : pod.containers()) {
            if (c.request(Resources.CPU) != null) {
                apps += of(pod, c);
            }
        }
        return Math.max(initMax, apps + sidecars);
    }

    /** Why a container does or does not get exclusive CPUs, in plain words. */
    public static String explain(Pod pod, Container c) {
        QosClass qos = pod.qosClass();
        if (qos != QosClass.Guaranteed) {
            return "pod "
                    + pod.name()
                    + " is "
                    + qos
                    + ", not Guaranteed -> "
                    + c.name()
                    + " runs in the shared pool";
        }
        Quantity cpu = c.request(Resources.CPU);
        if (cpu == null) {
            return c.name() + " requests no CPU -> shared pool";
        }
        if (!isIntegral(cpu)) {
            return c.name()
                    + " requests cpu "
                    + cpu
                    + ", which is not a whole number of CPUs -> shared pool";
        }
        long n = cpu.value();
        return "pod "
                + pod.name()
                + " is Guaranteed and "
                + c.name()
                + " requests a whole "
                + CpuWords.cpus((int) n)
                + " -> "
                + (n == 1 ? "1 exclusive CPU" : n + " exclusive CPUs");
    }
}
