package dev.numaadvisor.adapter.kubelet;

import java.util.Set;

/**
 * Every top-level field of KubeletConfiguration {@code kubelet.config.k8s.io/v1beta1} (1.35).
 * A field outside this set is unknown: the kubelet falls back to lenient decoding and ignores it.
 */
final class KubeletConfigFields {
    static final Set<String> ALL = Set.of(
            "apiVersion", "kind", "enableServer", "staticPodPath", "podLogsDir", "syncFrequency",
            "fileCheckFrequency", "httpCheckFrequency", "staticPodURL", "staticPodURLHeader", "address",
            "port", "readOnlyPort", "tlsCertFile", "tlsPrivateKeyFile", "tlsCipherSuites", "tlsMinVersion",
            "rotateCertificates", "serverTLSBootstrap", "authentication", "authorization", "registryPullQPS",
            "registryBurst", "imagePullCredentialsVerificationPolicy", "preloadedImagesVerificationAllowlist",
            "eventRecordQPS", "eventBurst", "enableDebuggingHandlers", "enableContentionProfiling",
            "healthzPort", "healthzBindAddress", "oomScoreAdj", "clusterDomain", "clusterDNS",
            "streamingConnectionIdleTimeout", "nodeStatusUpdateFrequency", "nodeStatusReportFrequency",
            "nodeLeaseDurationSeconds", "imageMinimumGCAge", "imageMaximumGCAge",
            "imageGCHighThresholdPercent", "imageGCLowThresholdPercent", "volumeStatsAggPeriod",
            "kubeletCgroups", "systemCgroups", "cgroupRoot", "cgroupsPerQOS", "cgroupDriver",
            "cpuManagerPolicy", "singleProcessOOMKill", "cpuManagerPolicyOptions",
            "cpuManagerReconcilePeriod", "memoryManagerPolicy", "topologyManagerPolicy",
            "topologyManagerScope", "topologyManagerPolicyOptions", "qosReserved", "runtimeRequestTimeout",
            "hairpinMode", "maxPods", "podCIDR", "podPidsLimit", "resolvConf", "runOnce", "cpuCFSQuota",
            "cpuCFSQuotaPeriod", "nodeStatusMaxImages", "maxOpenFiles", "contentType", "kubeAPIQPS",
            "kubeAPIBurst", "serializeImagePulls", "maxParallelImagePulls", "evictionHard", "evictionSoft",
            "evictionSoftGracePeriod", "evictionPressureTransitionPeriod", "evictionMaxPodGracePeriod",
            "evictionMinimumReclaim", "mergeDefaultEvictionSettings", "podsPerCore",
            "enableControllerAttachDetach", "protectKernelDefaults", "makeIPTablesUtilChains",
            "iptablesMasqueradeBit", "iptablesDropBit", "featureGates", "failSwapOn", "memorySwap",
            "containerLogMaxSize", "containerLogMaxFiles", "containerLogMaxWorkers",
            "containerLogMonitorInterval", "configMapAndSecretChangeDetectionStrategy", "systemReserved",
            "kubeReserved", "reservedSystemCPUs", "showHiddenMetricsForVersion", "systemReservedCgroup",
            "kubeReservedCgroup", "enforceNodeAllocatable", "allowedUnsafeSysctls", "volumePluginDir",
            "providerID", "kernelMemcgNotification", "logging", "enableSystemLogHandler",
            "enableSystemLogQuery", "shutdownGracePeriod", "shutdownGracePeriodCriticalPods",
            "shutdownGracePeriodByPodPriority", "crashLoopBackOff", "reservedMemory",
            "enableProfilingHandler", "enableDebugFlagsHandler", "seccompDefault", "memoryThrottlingFactor",
            "registerWithTaints", "registerNode", "tracing", "localStorageCapacityIsolation",
            "containerRuntimeEndpoint", "imageServiceEndpoint", "failCgroupV1", "userNamespaces");

    private KubeletConfigFields() {
    }
}
