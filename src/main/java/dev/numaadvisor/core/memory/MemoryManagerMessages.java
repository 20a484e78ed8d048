package dev.numaadvisor.core.memory;

/**
 * The kubelet's own Memory Manager strings (pkg/kubelet/cm/memorymanager, v1.33-v1.35), copied
 * verbatim (typos included: "covert"), and the rule ids of spec/RULES.md that explain them.
 */
final class MemoryManagerMessages {
    static final String POLICY_NONE = "None";
    static final String POLICY_STATIC = "Static";
    static final String POLICY_BEST_EFFORT = "BestEffort";

    static final String UNKNOWN_POLICY = "unknown policy: \"%s\"";
    static final String BEST_EFFORT_NOT_ON_LINUX =
            "policy \"BestEffort\" is not available for platform \"linux\"";
    static final String NUMA_NODE_DOES_NOT_EXIST =
            "the reserved memory configuration references a NUMA node %d that does not exist on"
                    + " this machine";
    static final String TOTAL_NOT_EQUAL =
            "the total amount \"%s\" of type \"%s\" is not equal to the value \"%s\" "
                    + "determined by Node Allocatable feature";
    static final String COULD_NOT_CONVERT = "could not covert a variable of type Quantity to int64";
    static final String NO_SYSTEM_RESERVED =
            "[memorymanager] you should specify the system reserved memory";

    static final String LIMIT_TYPE_NOT_SUPPORTED =
            "invalid configuration: the limit type \"%s\" for NUMA node %d "
                    + "is not supported, only [memory hugepages-<HugePageSize>] is accepted";
    static final String RESERVED_ZERO =
            "invalid configuration: reserved memory may not be zero for NUMA node %d and resource"
                    + " \"%s\"";
    static final String RESERVED_DUPLICATE =
            "invalid configuration: the reserved memory has a duplicate value for NUMA node %d and"
                    + " resource \"%s\"";

    /** container_manager_linux.go wraps every error of the memory manager's Start. */
    static final String START_PREFIX = "start memory manager error: ";

    /**
     * state_checkpoint.go wraps restore errors; the kubelet's root directory is the default one.
     */
    static final String RESTORE_WRAP =
            "could not restore state from checkpoint: %s, please drain this node and "
                    + "delete the memory manager checkpoint file \"%s\" before restarting Kubelet";

    /** checkpointmanager's ErrCorruptCheckpoint: the stored checksum does not match the content. */
    static final String CORRUPTED = "checkpoint is corrupted";

    static final String CHECKPOINT_PATH = "/var/lib/kubelet/memory_manager_state";
    static final String POLICY_DIFFERS =
            "[memorymanager] configured policy \"%s\" differs from state checkpoint policy \"%s\"";
    static final String EMPTY_MACHINE_STATE =
            "[memorymanager] machine state can not be empty when it has memory assignments";
    static final String STATE_DIFFERENT =
            "[memorymanager] the expected machine state is different from the real one";
    static final String ASSIGNMENT_NUMA_MISSING =
            "[memorymanager] (pod: %s, container: %s) the memory assignment uses the NUMA that does"
                    + " not exist";
    static final String ASSIGNMENT_RESOURCE_MISSING =
            "[memorymanager] (pod: %s, container: %s) the memory assignment uses memory resource"
                    + " that does not exist";

    static final String QUANTITY_NOT_INT64 =
            "[memorymanager] failed to represent quantity as int64";
    static final String NO_DEFAULT_AFFINITY =
            "[memorymanager] failed to get the default NUMA affinity, "
                    + "no NUMA nodes with enough memory is available";
    static final String NO_DEFAULT_PREFERRED =
            "[memorymanager] failed to find the default preferred hint";
    static final String NO_EXTENSION =
            "[memorymanager] failed to find NUMA nodes to extend the current topology hint";
    static final String NO_EXTENDED_PREFERRED =
            "[memorymanager] failed to find the extended preferred hint";
    static final String VIOLATES_GROUPS =
            "[memorymanager] preferred hint violates NUMA node allocation";

    static final String RULE_POLICY = "NUMA-MEM-001";
    static final String RULE_SUM_MISMATCH = "NUMA-MEM-002";
    static final String RULE_NO_RESERVATION = "NUMA-MEM-003";
    static final String RULE_HUGEPAGES_RESERVED = "NUMA-MEM-004";
    static final String RULE_UNKNOWN_NUMA = "NUMA-MEM-005";
    static final String RULE_UNSUPPORTED_LIMIT = "NUMA-MEM-006";
    static final String RULE_ZERO_LIMIT = "NUMA-MEM-007";
    static final String RULE_DUPLICATE_LIMIT = "NUMA-MEM-008";
    static final String RULE_POLICY_CHANGED = "NUMA-STATE-002";
    static final String RULE_STATE_DIFFERENT = "NUMA-STATE-004";

    private MemoryManagerMessages() {}
}
