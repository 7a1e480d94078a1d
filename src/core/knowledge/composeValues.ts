// SPDX-License-Identifier: MIT
// Meanings of the fixed values some Compose keys take, keyed by spec path and then by value.
// Values written as `prefix:<name>` (like `service:db`) are stored under their prefix.

export const composeValues: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'services/*/restart': {
    'no': 'Never restart the container by itself (the default).',
    // ref: docker-cli-docs/container_run.md#restart (always: a container stopped by hand restarts only with the daemon) ; compose-spec-docs/05-services.md#restart
    'always': 'Restart the container whenever it exits, until it is removed. A container you stop by hand stays stopped until the Docker daemon restarts (or you start it again).',
    'on-failure': 'Restart only when the program exits with an error (non-zero code); `on-failure:<N>` gives up after N tries.',
    'unless-stopped': 'Like `always`, except a container you stopped on purpose stays stopped after Docker restarts.',
  },
  'services/*/network_mode': {
    'bridge': 'Use Docker\'s default bridge network, not the project\'s network: other services cannot find it by name.',
    'host': 'Share the machine\'s network: the app\'s ports are open on the host directly, so leave out `ports:` (any mapping is ignored, and Docker warns that published ports are discarded).',
    'none': 'No network at all, only loopback inside the container.',
    'service': 'Share the network stack of that other service: both see the same `localhost` and ports.',
    'container': 'Share the network stack of that existing container.',
  },
  'services/*/pull_policy': {
    'always': 'Pull the image from the registry every time, even if it is already here.',
    'never': 'Never pull; use the local image or fail if there is none.',
    'missing': 'Pull only when the image is not here yet (the default when there is no `build`). `docker compose up` keeps a `latest` image that is already here; `docker compose pull` fetches it again.',
    'if_not_present': 'Old name for `missing`: pull only when the image is not here yet.',
    'build': 'Always build the image from `build:` instead of pulling, even if it exists.',
    'daily': 'Check the registry for a newer image if the last pull was over 24 hours ago.',
    'weekly': 'Check the registry for a newer image if the last pull was over 7 days ago.',
    'refresh': 'Pull again once the local image is older than `pull_refresh_after`.',
    'every': 'Check the registry for a newer image once the given time (like `every_12h`) has passed since the last pull.',
  },
  'services/*/depends_on/*/condition': {
    'service_started': 'Wait only until the dependency\'s container has started; it may not be ready to answer yet.',
    'service_healthy': 'Wait until the dependency\'s `healthcheck` reports healthy. That service needs a healthcheck.',
    'service_completed_successfully': 'Wait until the dependency has run to the end and exited with code 0, e.g. a migration job.',
  },
  'services/*/ipc': {
    'shareable': 'Its own IPC namespace that other containers may join.',
    'private': 'Its own IPC namespace that nobody else can join.',
    'host': 'Use the machine\'s IPC namespace (shared memory with host processes).',
    'service': 'Share that other service\'s IPC namespace.',
    'container': 'Share that container\'s IPC namespace.',
  },
  'services/*/pid': {
    'host': 'See every process on the machine, not only the container\'s own.',
    'service': 'Share the process list of that other service.',
    'container': 'Share the process list of that container.',
  },
  'services/*/cgroup': {
    'host': 'Run in the host\'s cgroup namespace.',
    'private': 'Run in a cgroup namespace of its own.',
  },
  'services/*/volumes/type': {
    'volume': 'A named volume Docker manages; data survives the container.',
    'bind': 'A file or folder of the host, shared live with the container.',
    'tmpfs': 'An in-memory folder, empty at every start.',
    'image': 'Files from another image, mounted read-only.',
    'npipe': 'A Windows named pipe from the host.',
    'cluster': 'A cluster volume provided by the orchestrator.',
  },
  'services/*/ports/protocol': { 'tcp': 'TCP, the default: web servers, databases, most apps.', 'udp': 'UDP: DNS, streaming, many game servers.' },
  'services/*/ports/mode': { 'host': 'Open the port directly on each node that runs a container.', 'ingress': 'Load-balance the port across the cluster (the default).' },
  'services/*/deploy/mode': {
    'replicated': 'Run the number of containers given in `replicas`.',
    'global': 'Run one container on every node.',
  },
  'services/*/deploy/endpoint_mode': { 'vip': 'One virtual IP for the service; connections are spread over containers.', 'dnsrr': 'DNS returns all container addresses in turn.' },
  'services/*/deploy/restart_policy/condition': { 'none': 'Never restart.', 'on-failure': 'Restart when the exit code is not 0.', 'any': 'Restart whatever the exit code (default).' },
  'services/*/develop/watch/action': {
    'sync': 'Copy changed files into the running container; nothing restarts (good with hot-reload).',
    'rebuild': 'Rebuild the image and recreate the container.',
    'restart': 'Restart the container without copying files.',
    'sync+restart': 'Copy the changed files, then restart the container (e.g. for config files).',
    'sync+exec': 'Copy the changed files, then run the `exec` command in the container.',
  },
  'networks/*/driver': {
    'bridge': 'A private network on this machine; containers on it reach each other by service name. The default.',
    'overlay': 'A network spread across the machines of a Swarm.',
    'host': 'No separate network: containers use the machine\'s network directly.',
    'none': 'No networking.',
    'macvlan': 'Containers get their own MAC address and appear as devices on your physical LAN.',
    'ipvlan': 'Containers get addresses on the physical LAN while sharing the host\'s MAC address.',
  },
  'volumes/*/driver': { 'local': 'Docker stores the data in a folder on this machine (the default).' },
  'services/*/logging/driver': {
    'json-file': 'Docker\'s default: JSON files on the host that `docker logs` reads. Set `max-size` or they grow forever.',
    'local': 'Compact files on the host, rotated automatically; `docker logs` still works.',
    'none': 'Throw the output away; `docker logs` shows nothing.',
    'syslog': 'Send output to a syslog server.',
    'journald': 'Send output to systemd\'s journal (`journalctl`).',
    'gelf': 'Send output to a Graylog (GELF) endpoint.',
    'fluentd': 'Send output to a Fluentd collector.',
    'awslogs': 'Send output to Amazon CloudWatch Logs.',
    'splunk': 'Send output to Splunk.',
    'gcplogs': 'Send output to Google Cloud Logging.',
    'etwlogs': 'Send output to Windows Event Tracing.',
  },
  'services/*/volumes/bind/selinux': { 'z': 'Relabel so several containers can share the folder.', 'Z': 'Relabel so only this container can use the folder.' },
  'services/*/isolation': { 'default': 'Let Docker pick the isolation.', 'process': 'Share the host\'s kernel, like Linux containers.', 'hyperv': 'Run inside a small Hyper-V virtual machine.' },
  'services/*/healthcheck/test': {
    'CMD': 'Run the rest of the list as a program, without a shell.',
    'CMD-SHELL': 'Run the next item through the container\'s shell (`/bin/sh -c`), so `&&`, `||` and pipes work.',
    'NONE': 'Turn the healthcheck off.',
  },
};

/** Keys whose values may be written `prefix:<name>`, e.g. `service:db` or `on-failure:3`. */
export const prefixedValueKeys: ReadonlySet<string> = new Set([
  'services/*/restart', 'services/*/network_mode', 'services/*/ipc', 'services/*/pid',
]);
