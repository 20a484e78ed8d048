package dev.numaadvisor.adapter.pod;

import java.util.Set;

/** The v1 field names a Pod manifest may carry; anything else is an unknown field. */
final class PodFields {
    static final Set<String> POD = Set.of("apiVersion", "kind", "metadata", "spec", "status");

    static final Set<String> METADATA = Set.of("name", "generateName", "namespace", "uid", "labels",
            "annotations", "ownerReferences", "resourceVersion", "creationTimestamp", "generation",
            "finalizers", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds");

    static final Set<String> SPEC = Set.of("volumes", "initContainers", "containers", "ephemeralContainers",
            "restartPolicy", "terminationGracePeriodSeconds", "activeDeadlineSeconds", "dnsPolicy",
            "nodeSelector", "serviceAccountName", "serviceAccount", "automountServiceAccountToken",
            "nodeName", "hostNetwork", "hostPID", "hostIPC", "shareProcessNamespace", "securityContext",
            "imagePullSecrets", "hostname", "subdomain", "affinity", "schedulerName", "tolerations",
            "hostAliases", "priorityClassName", "priority", "dnsConfig", "readinessGates",
            "runtimeClassName", "enableServiceLinks", "preemptionPolicy", "overhead",
            "topologySpreadConstraints", "setHostnameAsFQDN", "os", "hostUsers", "schedulingGates",
            "resourceClaims", "resources", "hostnameOverride");

    static final Set<String> CONTAINER = Set.of("name", "image", "command", "args", "workingDir", "ports",
            "envFrom", "env", "resources", "resizePolicy", "restartPolicy", "restartPolicyRules",
            "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
            "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "securityContext",
            "stdin", "stdinOnce", "tty");

    static final Set<String> RESOURCES = Set.of("requests", "limits", "claims");

    /** Workload kinds whose pod template we read, with the path to it. */
    static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "CronJob", "ReplicationController");

    private PodFields() {
    }
}
