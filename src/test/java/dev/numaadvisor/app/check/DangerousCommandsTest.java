package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue, table-driven: the commands and their variants change a node; read-only ones do not. */
class DangerousCommandsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "kubeadm reset -f => kubeadm-change",
        "sudo kubeadm reset -f => kubeadm-change",
        "reboot => power",
        "sudo reboot => power",
        "sudo -E reboot now => power",
        "shutdown -r now => power",
        "crictl rmp -fa => container-runtime-change",
        "sudo crictl rmp -fa => container-runtime-change",
        "crictl --runtime-endpoint unix:///run/containerd/containerd.sock rm -f abc => container-runtime-change",
        "truncate -s0 /var/lib/kubelet/cpu_manager_state => file-removal",
        "cd /var/lib/kubelet && rm cpu_manager_state => file-removal",
        "cd /var/lib/kubelet; sudo rm -f memory_manager_state => file-removal",
        "kubectl rollout restart deployment/web => kubectl-mutating",
        "kubectl -n shop rollout restart ds/agent => kubectl-mutating",
        "kubectl debug node/worker-1 -it --image=busybox -- chroot /host reboot => kubectl-mutating",
        "kubectl drain NODE-1 --ignore-daemonsets => kubectl-mutating",
        "kubectl get pods -o name | xargs kubectl delete => kubectl-mutating",
        "systemctl restart kubelet => systemctl-change",
        "sudo systemctl daemon-reload && sudo systemctl restart kubelet => systemctl-change",
        "bash -c 'systemctl stop kubelet' => systemctl-change",
        "sudo sh -c \"rm /var/lib/kubelet/cpu_manager_state\" => file-removal",
        "chroot /host systemctl restart kubelet => systemctl-change",
        "nsenter -t 1 -m -u -i -n -- systemctl restart kubelet => systemctl-change",
        "ssh worker-1 sudo reboot => remote-shell",
        "echo '{}' > /var/lib/kubelet/cpu_manager_state => redirect-write",
        "cat new.yaml | sudo tee /var/lib/kubelet/config.yaml => kubelet-file-write",
        "sudo sed -i s/none/static/ /var/lib/kubelet/config.yaml => kubelet-file-write",
        "$ sudo systemctl stop kubelet => systemctl-change",
        "kubectl apply -f kubelet.yaml => kubectl-mutating",
        "docker rm -f kubelet => container-runtime-change",
        "sysctl -w vm.nr_hugepages=1024 => sysctl-write",
        "echo 1024 > /proc/sys/vm/nr_hugepages => redirect-write"})
    void changesTheNode(String command, String entry) {
        assertEquals(entry, DangerousCommands.find(command).map(DangerousCommands.Entry::id).orElse("none"), command);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kubectl get pods -o wide", "cat /var/lib/kubelet/cpu_manager_state",
        "kubectl describe node n1", "numactl -H", "lscpu", "systemctl status kubelet", "journalctl -u kubelet -f",
        "crictl ps -a", "crictl inspect abc | jq .info", "kubectl get --raw /api/v1/nodes/n1/proxy/configz 2>&1",
        "grep -i numa /var/log/syslog", "kubectl logs -n kube-system ds/agent", "nvidia-smi topo -m",
        "cat /sys/devices/system/node/node1/cpulist", "kubectl top node", "kubectl get events --field-selector x=y"})
    void readOnlyCommandsAreNot(String command) {
        assertEquals("none", DangerousCommands.find(command).map(DangerousCommands.Entry::id).orElse("none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Then run `kubectl drain NODE-1` and `systemctl restart kubelet`.",
        "First kubectl drain node-1 --ignore-daemonsets, then restart the kubelet.",
        "Use `sudo reboot` once the node is drained."})
    void proseWithCommandsIsFound(String line) {
        assertTrue(DangerousCommands.findInProse(line).isPresent(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A reboot is not needed for this change.", "The kubelet rejects the pod at admission.",
        "Run `kubectl describe node NODE-1` to see the allocatable CPUs."})
    void plainProseIsNot(String line) {
        assertTrue(DangerousCommands.findInProse(line).isEmpty(), line);
    }

}
