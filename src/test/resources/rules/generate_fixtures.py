import copy, os, yaml
BASE_CFG = {'apiVersion': 'kubelet.config.k8s.io/v1beta1', 'kind': 'KubeletConfiguration',
            'cpuManagerPolicy': 'static', 'reservedSystemCPUs': '0,48'}
BASE_NODE = {'topology': {'sockets': 2, 'coresPerSocket': 24, 'threadsPerCore': 2, 'memoryPerNumaNode': '256Gi'},
             'devices': [{'resource': 'nvidia.com/gpu', 'id': 'GPU-0', 'numaNode': 1}]}
def pod(cpu='4', mem='8Gi', kind='Pod', init=None, extra=None, limits=None):
    req = {'cpu': cpu, 'memory': mem}
    if extra: req.update(extra)
    lim = dict(req) if limits is None else limits
    spec = {'containers': [{'name': 'app', 'image': 'app', 'resources': {'requests': req, 'limits': lim}}]}
    if init:
        spec['initContainers'] = [{'name': 'setup', 'image': 'app', 'resources': {'requests': init, 'limits': init}}]
    if kind == 'Pod':
        return {'apiVersion': 'v1', 'kind': 'Pod', 'metadata': {'name': 'app'}, 'spec': spec}
    return {'apiVersion': 'apps/v1', 'kind': kind, 'metadata': {'name': 'app'},
            'spec': {'template': {'metadata': {}, 'spec': spec}}}
DEL = object()
RM = lambda m: {'memoryManagerPolicy': 'Static', 'reservedMemory': [{'numaNode': 0, 'limits': {'memory': m}}]}
def cfg(**kw):
    c = copy.deepcopy(BASE_CFG)
    for k, v in kw.items():
        if v is DEL: c.pop(k, None)
        else: c[k] = v
    return c
GPU_NONE = {'devices': [{'resource': 'nvidia.com/gpu', 'id': 'GPU-0'}]}
ONE_NUMA = {'topology': {'cpus': [{'id': i, 'core': i, 'socket': i // 2, 'numaNode': 0} for i in range(4)],
                         'numaNodes': [{'id': 0, 'memory': '64Gi'}]}, 'devices': []}
TEN_NUMA = {'topology': dict(BASE_NODE['topology'], numaNodes=[{'id': i, 'memory': '0'} for i in range(2, 10)])}
SMALL = {'topology': dict(BASE_NODE['topology'], memoryPerNumaNode='1Gi')}
alpha = {'CPUManagerPolicyAlphaOptions': True}
# id: (fires, clean); each side: dict(config=..., pods=[...], node=overrides, state=..., version=...)
S = {
 'NUMA-CFG-001': ({'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': True})}, {}),
 'NUMA-GATE-001': ({'config': cfg(featureGates={'CPUManager': True})}, {}),
 'NUMA-GATE-002': ({'config': cfg(featureGates={'MemoryManager': False})}, {}),
 'NUMA-GATE-003': ({'config': cfg(featureGates={'MemoryManager': True})}, {}),
 'NUMA-GATE-004': ({'version': '1.30', 'config': cfg(featureGates={'MemoryManager': False}, **RM('100Mi'))},
                   {'version': '1.30', 'config': cfg(**RM('100Mi'))}),
 'NUMA-GATE-005': ({'version': '1.30', 'config': cfg(featureGates={'CPUManagerPolicyOptions': False}, cpuManagerPolicyOptions={'full-pcpus-only': 'true'})},
                   {'version': '1.30', 'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'true'})}),
 'NUMA-GATE-006': ({'config': cfg(featureGates={'TopologyManagerPolicyOptions': False}, topologyManagerPolicy='best-effort', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})},
                   {'config': cfg(topologyManagerPolicy='best-effort', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})}),
 'NUMA-CPU-001': ({'config': cfg(cpuManagerPolicy='Static')}, {}),
 'NUMA-CPU-002': ({'config': cfg(reservedSystemCPUs=DEL)}, {}),
 'NUMA-CPU-003': ({'config': cfg(reservedSystemCPUs=DEL, kubeReserved={'cpu': '500m'}, systemReserved={'cpu': '300m'})},
                  {'config': cfg(reservedSystemCPUs=DEL, kubeReserved={'cpu': '1'})}),
 'NUMA-CPU-004': ({'config': cfg(kubeReserved={'cpu': '1'})}, {}),
 'NUMA-CPU-005': ({'config': cfg(systemReservedCgroup='/system.slice')}, {}),
 'NUMA-CPU-006': ({'config': cfg(reservedSystemCPUs='0-x')}, {}),
 'NUMA-CPU-007': ({'config': cfg(reservedSystemCPUs='0,48,200')}, {}),
 'NUMA-CPU-008': ({'config': cfg(cpuManagerPolicy='none', cpuManagerPolicyOptions={'full-pcpus-only': 'true'})}, {'config': cfg(cpuManagerPolicy='none')}),
 'NUMA-CPU-009': ({'config': cfg(cpuManagerPolicyOptions={'full-pcpu-only': 'true'})}, {'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'true'})}),
 'NUMA-CPU-010': ({'config': cfg(cpuManagerPolicyOptions={'align-by-socket': 'true'})}, {'config': cfg(featureGates=alpha, cpuManagerPolicyOptions={'align-by-socket': 'true'})}),
 'NUMA-CPU-011': ({'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'yes'})}, {'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'true'})}),
 'NUMA-CPU-012': ({'config': cfg(featureGates=alpha, cpuManagerPolicyOptions={'full-pcpus-only': 'true', 'distribute-cpus-across-cores': 'true'})},
                  {'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'true', 'distribute-cpus-across-numa': 'true'})}),
 'NUMA-CPU-013': ({'config': cfg(featureGates=alpha, cpuManagerPolicyOptions={'align-by-socket': 'true'}, topologyManagerPolicy='single-numa-node')},
                  {'config': cfg(featureGates=alpha, cpuManagerPolicyOptions={'align-by-socket': 'true'}, topologyManagerPolicy='restricted')}),
 'NUMA-CPU-014': ({'node': ONE_NUMA, 'config': cfg(reservedSystemCPUs='0', featureGates=alpha, cpuManagerPolicyOptions={'align-by-socket': 'true'})},
                  {'config': cfg(featureGates=alpha, cpuManagerPolicyOptions={'align-by-socket': 'true'})}),
 'NUMA-CPU-015': ({'config': cfg(reservedSystemCPUs=DEL, kubeReserved={'cpu': '200'})}, {'config': cfg(reservedSystemCPUs=DEL, kubeReserved={'cpu': '2'})}),
 'NUMA-CPU-016': ({'config': cfg(cpuManagerPolicy='none', topologyManagerPolicy='single-numa-node')}, {'config': cfg(topologyManagerPolicy='single-numa-node')}),
 'NUMA-CPU-017': ({}, {'config': cfg(cpuManagerPolicyOptions={'strict-cpu-reservation': 'true'})}),
 'NUMA-CPU-018': ({'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'true'})}, {}),
 'NUMA-CPU-019': ({'config': cfg(cpuManagerReconcilePeriod='5s')}, {}),
 'NUMA-CPU-020': ({'version': '1.32'}, {'version': '1.32', 'config': cfg(cpuCFSQuota=False)}),
 'NUMA-MEM-001': ({'config': cfg(memoryManagerPolicy='static')}, {}),
 'NUMA-MEM-002': ({'config': cfg(kubeReserved={'memory': '1Gi'}, **RM('1Gi'))}, {'config': cfg(kubeReserved={'memory': '1Gi'}, **RM('1124Mi'))}),
 'NUMA-MEM-003': ({'config': cfg(memoryManagerPolicy='Static')}, {'config': cfg(**RM('100Mi'))}),
 'NUMA-MEM-004': ({'config': cfg(memoryManagerPolicy='Static', reservedMemory=[{'numaNode': 0, 'limits': {'memory': '100Mi', 'hugepages-2Mi': '10Mi'}}])}, {'config': cfg(**RM('100Mi'))}),
 'NUMA-MEM-005': ({'config': cfg(memoryManagerPolicy='Static', reservedMemory=[{'numaNode': 0, 'limits': {'memory': '50Mi'}}, {'numaNode': 5, 'limits': {'memory': '50Mi'}}])},
                  {'config': cfg(memoryManagerPolicy='Static', reservedMemory=[{'numaNode': 0, 'limits': {'memory': '50Mi'}}, {'numaNode': 1, 'limits': {'memory': '50Mi'}}])}),
 'NUMA-MEM-006': ({'config': cfg(memoryManagerPolicy='Static', reservedMemory=[{'numaNode': 0, 'limits': {'memory': '100Mi', 'cpu': '2'}}])}, {'config': cfg(**RM('100Mi'))}),
 'NUMA-MEM-007': ({'config': cfg(memoryManagerPolicy='Static', reservedMemory=[{'numaNode': 0, 'limits': {'memory': '100Mi'}}, {'numaNode': 1, 'limits': {'memory': '0'}}])}, {'config': cfg(**RM('100Mi'))}),
 'NUMA-MEM-008': ({'config': cfg(memoryManagerPolicy='Static', reservedMemory=[{'numaNode': 0, 'limits': {'memory': '50Mi'}}, {'numaNode': 0, 'limits': {'memory': '50Mi'}}])}, {'config': cfg(**RM('100Mi'))}),
 'NUMA-MEM-009': ({'config': cfg(reservedMemory=[{'numaNode': 0, 'limits': {'memory': '100Mi'}}])}, {'config': cfg(**RM('100Mi'))}),
 'NUMA-MEM-010': ({'config': cfg(**RM('100Mi'))}, {'config': cfg(topologyManagerPolicy='single-numa-node', **RM('100Mi'))}),
 'NUMA-MEM-011': ({'config': cfg(**RM('100Mi'))}, {'config': cfg(memoryManagerPolicy='Static', reservedMemory=[{'numaNode': 0, 'limits': {'memory': '50Mi'}}, {'numaNode': 1, 'limits': {'memory': '50Mi'}}])}),
 'NUMA-TM-001': ({'config': cfg(topologyManagerPolicy='strict')}, {'config': cfg(topologyManagerPolicy='best-effort')}),
 'NUMA-TM-002': ({'config': cfg(topologyManagerScope='node')}, {'config': cfg(topologyManagerScope='pod')}),
 'NUMA-TM-003': ({'node': TEN_NUMA, 'config': cfg(topologyManagerPolicy='single-numa-node')},
                 {'node': TEN_NUMA, 'config': cfg(topologyManagerPolicy='single-numa-node', topologyManagerPolicyOptions={'max-allowable-numa-nodes': '16'})}),
 'NUMA-TM-004': ({'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-node': 'true'})},
                 {'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})}),
 'NUMA-TM-005': ({'version': '1.30', 'config': cfg(featureGates={'TopologyManagerPolicyBetaOptions': False}, topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})},
                 {'version': '1.30', 'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})}),
 'NUMA-TM-006': ({'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'max-allowable-numa-nodes': 'true'})},
                 {'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'max-allowable-numa-nodes': '8'})}),
 'NUMA-TM-007': ({'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'max-allowable-numa-nodes': '4'})},
                 {'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'max-allowable-numa-nodes': '8'})}),
 'NUMA-TM-008': ({'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'yes'})},
                 {'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})}),
 'NUMA-TM-010': ({'config': cfg(topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})},
                 {'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})}),
 'NUMA-TM-011': ({'config': cfg(topologyManagerPolicy='single-numa-node', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})},
                 {'config': cfg(topologyManagerPolicy='restricted', topologyManagerPolicyOptions={'prefer-closest-numa-nodes': 'true'})}),
 'NUMA-TM-012': ({'config': cfg(topologyManagerPolicy='single-numa-node')}, {'config': cfg(topologyManagerPolicy='single-numa-node', topologyManagerScope='pod')}),
 'NUMA-TM-013': ({'config': cfg(topologyManagerPolicy='restricted'), 'pods': [pod(kind='Deployment')]}, {'config': cfg(topologyManagerPolicy='restricted'), 'pods': [pod()]}),
 'NUMA-TM-014': ({'config': cfg(topologyManagerPolicy='best-effort')}, {'config': cfg(topologyManagerPolicy='restricted')}),
 'NUMA-RES-001': ({'config': cfg(kubeReserved={'memory': '1Gi', 'hugepages-1Gi': '2Gi'})}, {'config': cfg(kubeReserved={'memory': '1Gi'})}),
 'NUMA-RES-002': ({'config': cfg(enforceNodeAllocatable=['pods', 'kube-reserved'])}, {'config': cfg(enforceNodeAllocatable=['pods'])}),
 'NUMA-RES-003': ({'config': cfg(evictionHard={'nodefs.available': '10%'})}, {'config': cfg(evictionHard={'memory.available': '100Mi'})}),
 'NUMA-ADV-001': ({'config': cfg(reservedSystemCPUs='0,1')}, {}),
 'NUMA-ADV-002': ({'config': cfg(reservedSystemCPUs='24,72')}, {}),
 'NUMA-ADV-003': ({}, {'config': cfg(reservedSystemCPUs=DEL, kubeReserved={'cpu': '1'})}),
 'NUMA-ADV-004': ({}, {'config': cfg(reservedSystemCPUs=DEL, kubeReserved={'cpu': '1'})}),
 'NUMA-ADV-005': ({'config': cfg(topologyManagerPolicy='restricted')}, {'config': cfg(topologyManagerPolicy='best-effort')}),
 'NUMA-ADV-006': ({'node': SMALL, 'config': cfg(kubeReserved={'memory': '1Gi'}, topologyManagerPolicy='single-numa-node', **RM('1124Mi'))},
                  {'node': SMALL, 'config': cfg(kubeReserved={'memory': '1Gi'}, topologyManagerPolicy='single-numa-node', memoryManagerPolicy='Static',
                    reservedMemory=[{'numaNode': 0, 'limits': {'memory': '562Mi'}}, {'numaNode': 1, 'limits': {'memory': '562Mi'}}])}),
 'NUMA-ADV-008': ({'pods': [pod(cpu='3')]}, {'pods': [pod(cpu='4')]}),
 'NUMA-POD-001': ({'pods': [pod(limits={'cpu': '2'})]}, {'pods': [pod()]}),
 'NUMA-POD-002': ({'pods': [pod(cpu='2500m')]}, {'pods': [pod()]}),
 'NUMA-POD-003': ({'pods': [pod(init={'cpu': '2', 'memory': '1Gi'})]}, {'pods': [pod()]}),
 'NUMA-POD-004': ({'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'true'}), 'pods': [pod(cpu='3')]},
                  {'config': cfg(cpuManagerPolicyOptions={'full-pcpus-only': 'true'}), 'pods': [pod(cpu='4')]}),
 'NUMA-POD-006': ({'pods': [pod(extra={'hugepages-2Mi': '64Mi'}, limits={'cpu': '8', 'memory': '8Gi', 'hugepages-2Mi': '64Mi'})]},
                  {'pods': [pod(extra={'hugepages-2Mi': '64Mi'})]}),
 'NUMA-POD-007': ({'node': GPU_NONE, 'pods': [pod(extra={'nvidia.com/gpu': '1'})]}, {'pods': [pod(extra={'nvidia.com/gpu': '1'})]}),
 'NUMA-POD-009': ({'pods': [pod(extra={'nvidia.com/gpu': '2'})]}, {'pods': [pod(extra={'nvidia.com/gpu': '1'})]}),
 'NUMA-POD-010': ({'config': cfg(topologyManagerPolicy='restricted', **RM('100Mi')), 'pods': [pod(mem='300Gi')]},
                  {'config': cfg(topologyManagerPolicy='restricted', **RM('100Mi')), 'pods': [pod(mem='16Gi')]}),
 'NUMA-STATE-001': ({'state': {'cpuManagerCheckpoint': {'policyName': 'none', 'defaultCpuSet': '', 'checksum': 1}}},
                    {'state': {'cpuManagerCheckpoint': {'policyName': 'static', 'defaultCpuSet': '0-95', 'checksum': 1}}}),
 'NUMA-STATE-002': ({'config': cfg(topologyManagerPolicy='restricted', **RM('100Mi')), 'state': {'memoryManagerCheckpoint': {'policyName': 'None', 'machineState': {}, 'checksum': 1}}},
                    {'config': cfg(topologyManagerPolicy='restricted', **RM('100Mi')), 'state': {'memoryManagerCheckpoint': {'policyName': 'Static', 'machineState': {}, 'checksum': 1}}}),
 'NUMA-STATE-003': ({'state': {'cpuManagerCheckpoint': {'policyName': 'static', 'defaultCpuSet': '1-47,49-95', 'checksum': 1}}},
                    {'state': {'cpuManagerCheckpoint': {'policyName': 'static', 'defaultCpuSet': '0-95', 'checksum': 1}}}),
}
class D(yaml.SafeDumper):
    def ignore_aliases(self, data): return True
for rid, sides in S.items():
    os.makedirs(f'src/test/resources/rules/{rid}', exist_ok=True)
    for side, spec in zip(('fires', 'clean'), sides):
        node = copy.deepcopy(BASE_NODE)
        node.update(copy.deepcopy(spec.get('node', {})))
        node['kubeletConfig'] = spec.get('config', cfg())
        if 'state' in spec: node['state'] = spec['state']
        doc = {'apiVersion': 'numa-advisor/v1', 'kind': 'Scenario', 'name': f'{rid}-{side}', 'node': node}
        if 'pods' in spec: doc['pods'] = spec['pods']
        head = f'# expect: {rid}\n' if side == 'fires' else f'# expect-not: {rid}\n'
        if 'version' in spec: head += f'# kubernetes-version: {spec["version"]}\n'
        with open(f'src/test/resources/rules/{rid}/{side}.yaml', 'w') as f:
            f.write(head + yaml.dump(doc, Dumper=D, sort_keys=False, default_flow_style=False))
print(len(S))
