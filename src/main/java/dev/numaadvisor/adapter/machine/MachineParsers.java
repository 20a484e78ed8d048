package dev.numaadvisor.adapter.machine;

/** The parser of each format. */
public final class MachineParsers {
    private MachineParsers() {
    }

    public static FactsParser forFormat(InputFormat format) {
        switch (format) {
            case LSCPU: return new LscpuParser();
            case LSCPU_PARSE: return new LscpuParsableParser();
            case LSCPU_EXTENDED: return new LscpuExtendedParser();
            case LSCPU_JSON: return new LscpuJsonParser();
            case NUMACTL: return new NumactlParser();
            case SYSFS: return new SysfsParser();
            case NVIDIA_SMI_TOPO: return new NvidiaSmiTopoParser();
            case LSTOPO: return new LstopoParser();
            case NODE_RESOURCE_TOPOLOGY: return new NodeResourceTopologyParser();
            case KUBECTL_NODE_YAML: return new KubectlNodeYamlParser();
            case KUBECTL_DESCRIBE_NODE: return new KubectlDescribeNodeParser();
            case KUBECTL_POD_YAML: return new KubectlPodYamlParser();
            case KUBECTL_DESCRIBE_POD: return new KubectlDescribePodParser();
            case KUBECTL_EVENTS: return new KubectlEventsParser();
            case KUBECTL_GET_PODS: return new KubectlGetPodsParser();
            case CPU_MANAGER_CHECKPOINT:
            case MEMORY_MANAGER_CHECKPOINT:
            case KUBELET_CONFIG:
            case KUBELET_CONFIGZ:
                return new PassThroughParser(format);
            default:
                throw new AssertionError(format);
        }
    }

    /** Detects (unless forced) and parses one file. */
    public static NodeFacts read(SourceText source, Detection detection) {
        return forFormat(detection.format()).parse(source);
    }
}
