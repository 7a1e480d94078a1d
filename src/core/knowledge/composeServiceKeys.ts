// SPDX-License-Identifier: MIT
// Explanations for the keys directly under a service (`services/*/<key>`). Nested keys live in
// composeServiceDetails.ts, build/develop in composeBuildKeys.ts, deploy in composeDeployKeys.ts.
import { exitCodeWords } from './exitCodes';
import { servicesUrl as u, type ComposeKeyDoc } from './composeKeyDoc';

export const composeServiceKeys = {
  // ref: compose-spec-docs/05-services.md#annotations
  'services/*/annotations': { what: 'OCI annotations put on the container: metadata for tools that read them, not for your app.', docsUrl: u('annotations') },
  // ref: compose-spec-docs/05-services.md#attach
  'services/*/attach': { what: 'Set to `false` so `docker compose up` does not stream this service\'s logs into your terminal (you can still run `docker compose logs`).', docsUrl: u('attach') },
  // ref: compose-spec-docs/05-services.md#blkio_config
  'services/*/blkio_config': { what: 'Limits how fast the container may read from and write to disks (block I/O).', docsUrl: u('blkio_config') },
  // ref: compose-spec-docs/05-services.md#build
  'services/*/build': { what: 'Builds this service\'s image from a Dockerfile instead of (or before) pulling it. A string is just the build context folder; a mapping sets context, dockerfile, args and more.', tags: ['build time'], watchOut: ['`up` only builds when the image is missing; after changing the code or Dockerfile run `docker compose up --build`.'], docsUrl: u('build') },
  // ref: compose-spec-docs/05-services.md#cap_add
  'services/*/cap_add': { what: 'Gives the container extra Linux capabilities (single root powers such as `NET_ADMIN`) on top of Docker\'s default set.', docsUrl: u('cap_add') },
  // ref: compose-spec-docs/05-services.md#cap_drop
  'services/*/cap_drop': { what: 'Takes Linux capabilities away from the container; `ALL` and then a short `cap_add` list is the tight way.', docsUrl: u('cap_drop') },
  // ref: compose-spec-docs/05-services.md#cgroup
  'services/*/cgroup': { what: 'Which cgroup namespace the container joins: `private` (its own) or `host` (the machine\'s).', docsUrl: u('cgroup') },
  // ref: compose-spec-docs/05-services.md#cgroup_parent
  'services/*/cgroup_parent': { what: 'Puts the container\'s cgroup under this parent, so resource limits set on the parent apply to it too.', docsUrl: u('cgroup_parent') },
  // ref: compose-spec-docs/05-services.md#command
  'services/*/command': { what: 'Replaces the image\'s `CMD`: what the container runs when it starts (passed to the `ENTRYPOINT` if the image has one).', tags: ['run time'], docsUrl: u('command') },
  // ref: compose-spec-docs/05-services.md#configs
  'services/*/configs': { what: 'Which of the top-level `configs` this service may read; each appears as a file in the container (by default `/<config-name>`).', docsUrl: u('configs') },
  // ref: compose-spec-docs/05-services.md#container_name
  'services/*/container_name': { what: 'A fixed container name instead of the generated `<project>-<service>-1`.', watchOut: ['Names are unique per machine: with it you cannot scale the service past one container or run two copies of the project.'], docsUrl: u('container_name') },
  // ref: compose-spec-docs/05-services.md#cpu_count
  'services/*/cpu_count': { what: 'How many CPUs the container may use (Docker applies it to Windows containers only).', docsUrl: u('cpu_count') },
  // ref: compose-spec-docs/05-services.md#cpu_percent
  'services/*/cpu_percent': { what: 'Which percentage of the available CPUs the container may use (Docker applies it to Windows containers only).', docsUrl: u('cpu_percent') },
  // ref: compose-spec-docs/05-services.md#cpu_period
  'services/*/cpu_period': { what: 'Length of the CPU scheduling window in microseconds, used together with `cpu_quota`.', docsUrl: u('cpu_period') },
  // ref: compose-spec-docs/05-services.md#cpu_quota
  'services/*/cpu_quota': { what: 'How many microseconds of CPU time the container may use per `cpu_period`; quota/period is the number of CPUs.', docsUrl: u('cpu_quota') },
  // ref: compose-spec-docs/05-services.md#cpu_rt_period
  'services/*/cpu_rt_period': { what: 'Scheduling window for real-time processes in the container, in microseconds.', docsUrl: u('cpu_rt_period') },
  // ref: compose-spec-docs/05-services.md#cpu_rt_runtime
  'services/*/cpu_rt_runtime': { what: 'How much of each real-time window the container\'s real-time processes may use, in microseconds.', docsUrl: u('cpu_rt_runtime') },
  // ref: compose-spec-docs/05-services.md#cpu_shares
  'services/*/cpu_shares': { what: 'A relative CPU weight (default 1024). It only matters when containers compete for CPU: 2048 gets twice the share of 1024.', docsUrl: u('cpu_shares') },
  // ref: compose-spec-docs/05-services.md#cpus
  'services/*/cpus': { what: 'Caps how much CPU the container may use, in CPUs: `0.5` is half of one core.', docsUrl: u('cpus') },
  // ref: compose-spec-docs/05-services.md#cpuset
  'services/*/cpuset': { what: 'Pins the container to specific CPU cores, like `0-2` or `0,3`.', docsUrl: u('cpuset') },
  // ref: compose-spec-docs/05-services.md#credential_spec
  'services/*/credential_spec': { what: 'The Windows gMSA credential spec for a Windows container that must log in to Active Directory.', tags: ['Windows'], docsUrl: u('credential_spec') },
  // ref: compose-spec-docs/05-services.md#depends_on
  'services/*/depends_on': { what: 'Start order: the services listed here are started before this one (and stopped after it). By default Compose only waits for them to be started, not ready.', watchOut: ['"Started" is not "ready": a database may still be booting. Use the long form with `condition: service_healthy` and give that service a `healthcheck`.'], docsUrl: u('depends_on') },
  // ref: compose-spec-docs/05-services.md#deploy
  'services/*/deploy': { what: 'Deployment settings: replicas, resource limits and restart policy. Docker Compose uses `replicas`, `resources` and `restart_policy`; placement, update and rollback settings matter to Swarm.', docsUrl: u('deploy') },
  // ref: compose-spec-docs/05-services.md#develop
  'services/*/develop': { what: 'Settings for development mode, mainly Compose Watch (`docker compose watch`), which syncs or rebuilds when you save files.', docsUrl: u('develop') },
  // ref: compose-spec-docs/05-services.md#device_cgroup_rules
  'services/*/device_cgroup_rules': { what: 'Device access rules in cgroup syntax, such as `c 1:3 mr`, for devices added later or by number.', docsUrl: u('device_cgroup_rules') },
  // ref: compose-spec-docs/05-services.md#devices
  'services/*/devices': { what: 'Makes host devices (like `/dev/ttyUSB0` or a GPU node) available inside the container, as `HOST:CONTAINER[:PERMISSIONS]`.', docsUrl: u('devices') },
  // ref: compose-spec-docs/05-services.md#dns
  'services/*/dns': { what: 'DNS servers the container uses instead of Docker\'s default.', docsUrl: u('dns') },
  // ref: compose-spec-docs/05-services.md#dns_opt
  'services/*/dns_opt': { what: 'Extra resolver options written to the container\'s `/etc/resolv.conf`, such as `use-vc`.', docsUrl: u('dns_opt') },
  // ref: compose-spec-docs/05-services.md#dns_search
  'services/*/dns_search': { what: 'Domains tried after short host names, so `db` can also resolve as `db.example.com`.', docsUrl: u('dns_search') },
  // ref: compose-spec-docs/05-services.md#domainname
  'services/*/domainname': { what: 'The domain name the container sees for itself.', docsUrl: u('domainname') },
  // ref: compose-spec-docs/05-services.md#entrypoint
  'services/*/entrypoint': { what: 'Replaces the image\'s `ENTRYPOINT`: the program that always runs at start; `command` becomes its arguments.', tags: ['run time'], watchOut: ['Setting `entrypoint` also throws away the image\'s `CMD`, so add `command` again if you need it.'], docsUrl: u('entrypoint') },
  // ref: compose-spec-docs/05-services.md#env_file
  'services/*/env_file': { what: 'Reads environment variables for the container from files (lines of `KEY=value`). Paths are relative to the compose file\'s folder.', watchOut: ['This is not the `.env` file Compose uses for `${VAR}` in the compose file itself; that one is read automatically.', 'Keys in `environment:` win over keys from `env_file`.'], docsUrl: u('env_file') },
  // ref: compose-spec-docs/05-services.md#environment
  'services/*/environment': { what: 'Environment variables set inside the container, as a list of `KEY=value` or a mapping of `KEY: value`.', tags: ['run time'], watchOut: ['Values here land in the container; they are not visible to the Dockerfile\'s `RUN` steps (use `build.args` for that).'], docsUrl: u('environment') },
  // ref: compose-spec-docs/05-services.md#expose
  'services/*/expose': { what: 'Declares ports the container listens on for other containers. Nothing is published on your machine: that is what `ports` does.', watchOut: ['Services on the same network can already reach each other\'s listening ports, so `expose` is mostly documentation.'], docsUrl: u('expose') },
  // ref: compose-spec-docs/05-services.md#extends
  'services/*/extends': { what: 'Starts this service from a copy of another service\'s settings (in this file or another), then applies the keys written here on top.', docsUrl: u('extends') },
  // ref: compose-spec-docs/05-services.md#external_links
  'services/*/external_links': { what: 'Links the container to containers that Compose does not manage, by name. Old style; a shared external network does the same job.', tags: ['legacy'], docsUrl: u('external_links') },
  // ref: compose-spec-docs/05-services.md#extra_hosts
  'services/*/extra_hosts': { what: 'Extra lines for the container\'s `/etc/hosts`. `host.docker.internal:host-gateway` lets the container reach services on your machine.', docsUrl: u('extra_hosts') },
  // ref: compose-spec-docs/05-services.md#gpus
  'services/*/gpus': { what: 'Gives the container GPUs: `all`, or a list saying how many or which ones.', docsUrl: u('gpus') },
  // ref: compose-spec-docs/05-services.md#group_add
  'services/*/group_add': { what: 'Extra user groups (names or IDs) for the container\'s user, e.g. to read a device or socket owned by that group.', docsUrl: u('group_add') },
  // ref: compose-spec-docs/05-services.md#healthcheck
  'services/*/healthcheck': { what: 'A command Docker runs now and then inside the container to decide whether it is healthy. `docker ps` shows the result, and `depends_on` can wait for it.', docsUrl: u('healthcheck') },
  // ref: compose-spec-docs/05-services.md#hostname
  'services/*/hostname': { what: 'The host name the container sees for itself. Other services still reach it by its service name.', docsUrl: u('hostname') },
  // ref: compose-spec-docs/05-services.md#image
  'services/*/image': { what: 'The image the container starts from. With `build` too, it is the name given to the image Compose builds.', docsUrl: u('image') },
  // ref: compose-spec-docs/05-services.md#init
  'services/*/init': { what: 'Runs a tiny init process as PID 1 that forwards stop signals to your program and cleans up finished child processes.', docsUrl: u('init') },
  // ref: compose-spec-docs/05-services.md#ipc
  'services/*/ipc': { what: 'IPC (shared memory) isolation: `shareable`, `host`, or `service:<name>` to share another service\'s.', docsUrl: u('ipc') },
  // ref: compose-spec-docs/05-services.md#isolation
  'services/*/isolation': { what: 'How the container is isolated on Windows: `process` or `hyperv` (`default` lets Docker pick).', tags: ['Windows'], docsUrl: u('isolation') },
  // ref: compose-spec-docs/05-services.md#label_file
  'services/*/label_file': { what: 'Reads container labels from `KEY=value` files, like `env_file` does for variables.', docsUrl: u('label_file') },
  // ref: compose-spec-docs/05-services.md#labels
  'services/*/labels': { what: 'Metadata on the container, as key/value pairs. Tools like Traefik read them for configuration.', docsUrl: u('labels') },
  // ref: compose-spec-docs/05-services.md#links
  'services/*/links': { what: 'Old way to let this service reach another under a name. Services on the same network already reach each other by service name.', tags: ['legacy'], watchOut: ['Links also create a start-order dependency; prefer `depends_on` plus networks.'], docsUrl: u('links') },
  // ref: compose-spec-docs/05-services.md#logging
  'services/*/logging': { what: 'Where the container\'s output (what `docker compose logs` shows) is sent and how it is kept.', docsUrl: u('logging') },
  // ref: compose-spec-docs/05-services.md#mac_address
  'services/*/mac_address': { what: 'A fixed MAC address for the container\'s network interface.', docsUrl: u('mac_address') },
  // ref: compose-spec-docs/05-services.md#mem_limit
  'services/*/mem_limit': { what: `The most memory the container may use, like \`512m\` or \`2g\`. Going over it gets the process killed: it ends with ${exitCodeWords(137)}.`, docsUrl: u('mem_limit') },
  // ref: compose-spec-docs/05-services.md#mem_reservation
  'services/*/mem_reservation': { what: 'A soft memory floor: when the machine runs short, Docker tries to keep at least this much for the container.', docsUrl: u('mem_reservation') },
  // ref: compose-spec-docs/05-services.md#mem_swappiness
  'services/*/mem_swappiness': { what: 'How willing the kernel is to swap this container\'s memory out to disk, from 0 (avoid) to 100.', docsUrl: u('mem_swappiness') },
  // ref: compose-spec-docs/05-services.md#memswap_limit
  'services/*/memswap_limit': { what: 'Memory plus swap the container may use in total; `-1` means unlimited swap.', watchOut: ['It counts memory too: equal to `mem_limit` means no swap at all.'], docsUrl: u('memswap_limit') },
  // ref: compose-spec-docs/05-services.md#models
  'services/*/models': { what: 'Which top-level `models` this service uses; Compose injects each model\'s address and name as environment variables.', docsUrl: u('models') },
  // ref: compose-spec-docs/05-services.md#network_mode
  'services/*/network_mode': { what: 'Replaces normal Compose networking: `host` shares the machine\'s network, `none` has none, `service:<name>` shares another service\'s.', watchOut: ['`network_mode` and `networks` cannot be used together: Compose rejects the file.', 'With `host`, leave out `ports`: the app\'s ports are already on the machine, and any mapping is ignored (Docker warns that published ports are discarded).'], docsUrl: u('network_mode') },
  // ref: compose-spec-docs/05-services.md#networks
  'services/*/networks': { what: 'Which networks this service joins. Without it the service is on the project\'s `default` network.', watchOut: ['Listing networks here replaces `default`: add it too if the service should still see services left on it.'], docsUrl: u('networks') },
  // ref: compose-spec-docs/05-services.md#oom_kill_disable
  'services/*/oom_kill_disable': { what: 'Asks the kernel not to kill this container when the machine runs out of memory.', watchOut: ['Only safe together with a memory limit; otherwise the kernel may kill other processes instead.'], docsUrl: u('oom_kill_disable') },
  // ref: compose-spec-docs/05-services.md#oom_score_adj
  'services/*/oom_score_adj': { what: 'Makes the container more (up to 1000) or less (down to -1000) likely to be killed first when memory runs out.', docsUrl: u('oom_score_adj') },
  // ref: compose-spec-docs/05-services.md#pid
  'services/*/pid': { what: '`host` lets the container see every process on the machine; by default it sees only its own.', docsUrl: u('pid') },
  // ref: compose-spec-docs/05-services.md#pids_limit
  'services/*/pids_limit': { what: 'The most processes the container may run at once (`-1` for no limit); guards against fork bombs.', docsUrl: u('pids_limit') },
  // ref: compose-spec-docs/05-services.md#platform
  'services/*/platform': { what: 'Which OS/CPU variant of the image to use or build, like `linux/amd64` on an ARM Mac.', docsUrl: u('platform') },
  // ref: compose-spec-docs/05-services.md#ports
  'services/*/ports': { what: 'Publishes container ports on your machine, so a browser or tool outside Docker can connect. `HOST:CONTAINER` means connections to the host port go to the container port.', tags: ['run time'], watchOut: ['A host port can only be used once: two services publishing the same host port clash.', 'Quote each mapping as a string: some YAML parsers read an unquoted `HOST:CONTAINER` pair of numbers under 60 as a base-60 number.'], docsUrl: u('ports') },
  // ref: compose-spec-docs/05-services.md#post_start
  'services/*/post_start': { what: 'Commands run inside the container right after it starts (lifecycle hooks).', docsUrl: u('post_start') },
  // ref: compose-spec-docs/05-services.md#pre_start
  'services/*/pre_start': { what: 'Init steps: each runs to completion in its own short-lived container, in order, before the service container starts. A step that exits non-zero stops the service (and its dependents) from coming up.', tags: ['run time'], watchOut: ['A step that already succeeded is not run again on the next `up` or on a restart; it runs again only when its definition changes, it failed before, or the service is recreated.'], docsUrl: u('pre_start') },
  // ref: compose-spec-docs/05-services.md#pre_stop
  'services/*/pre_stop': { what: 'Commands run inside the container just before Compose stops it, e.g. to flush data.', docsUrl: u('pre_stop') },
  // ref: compose-spec-docs/05-services.md#privileged
  'services/*/privileged': { what: 'Runs the container with almost all of root\'s powers over the host, including devices.', watchOut: ['A privileged container can take over the machine; grant single `cap_add` capabilities instead when you can.'], docsUrl: u('privileged') },
  // ref: compose-spec-docs/05-services.md#profiles
  'services/*/profiles': { what: 'Puts the service in named profiles: it only starts when one of them is enabled (`--profile name`) or when you name the service (`docker compose up <service>`). Services without profiles always start.', watchOut: ['A service without this profile that lists it under `depends_on` (or `links`, `volumes_from`, `network_mode: service:`) makes a plain `docker compose up` refuse the file; `required: false` on that dependency lets Compose go on without it.'], docsUrl: u('profiles') },
  // ref: compose-spec-docs/05-services.md#provider
  'services/*/provider': { what: 'Hands this service to an outside tool or plugin instead of running a container, e.g. a cloud database Compose asks a provider to create.', docsUrl: u('provider') },
  // ref: compose-spec-docs/05-services.md#pull_policy
  'services/*/pull_policy': { what: 'When Compose pulls the image: `always`, `missing` (default), `never`, `build`, or on a schedule such as `daily`.', docsUrl: u('pull_policy') },
  'services/*/pull_refresh_after': { what: 'How old the local image may get before Compose pulls it again, used with `pull_policy: refresh`.', docsUrl: u('pull_policy') },
  // ref: compose-spec-docs/05-services.md#read_only
  'services/*/read_only': { what: 'Makes the container\'s own filesystem read-only; only volumes and `tmpfs` mounts stay writable.', docsUrl: u('read_only') },
  // ref: compose-spec-docs/05-services.md#restart
  'services/*/restart': { what: 'What Docker does when the container stops: `no` (default), `always`, `on-failure[:N]` or `unless-stopped`.', tags: ['run time'], docsUrl: u('restart') },
  // ref: compose-spec-docs/05-services.md#runtime
  'services/*/runtime': { what: 'Which OCI runtime runs the container, such as `runc` (default) or `nvidia`.', docsUrl: u('runtime') },
  // ref: compose-spec-docs/05-services.md#scale
  'services/*/scale': { what: 'How many containers to run for this service (the default is 1).', watchOut: ['With a fixed `container_name` or a fixed host port, only one container can exist.'], docsUrl: u('scale') },
  // ref: compose-spec-docs/05-services.md#secrets
  'services/*/secrets': { what: 'Which of the top-level `secrets` this service may read; each appears as a file under `/run/secrets/`.', docsUrl: u('secrets') },
  // ref: compose-spec-docs/05-services.md#security_opt
  'services/*/security_opt': { what: 'Security settings such as `no-new-privileges:true` or a custom seccomp/AppArmor profile.', docsUrl: u('security_opt') },
  // ref: compose-spec-docs/05-services.md#shm_size
  'services/*/shm_size': { what: 'Size of `/dev/shm`, the shared-memory folder (Docker gives 64 MB). Browsers and some databases need more.', docsUrl: u('shm_size') },
  // ref: compose-spec-docs/05-services.md#stdin_open
  'services/*/stdin_open': { what: 'Keeps standard input open, like the `-i` of `docker run -it`; pair it with `tty` for an interactive shell.', docsUrl: u('stdin_open') },
  // ref: compose-spec-docs/05-services.md#stop_grace_period
  'services/*/stop_grace_period': { what: 'How long Docker waits after the stop signal before it kills the container (default `10s`).', docsUrl: u('stop_grace_period') },
  // ref: compose-spec-docs/05-services.md#stop_signal
  'services/*/stop_signal': { what: 'The signal sent to stop the container, instead of the image\'s `STOPSIGNAL` or `SIGTERM`.', docsUrl: u('stop_signal') },
  // ref: compose-spec-docs/05-services.md#storage_opt
  'services/*/storage_opt': { what: 'Options for the storage driver of the container\'s filesystem, such as a `size` limit.', docsUrl: u('storage_opt') },
  // ref: compose-spec-docs/05-services.md#sysctls
  'services/*/sysctls': { what: 'Kernel settings changed for this container only, like `net.core.somaxconn`.', docsUrl: u('sysctls') },
  // ref: compose-spec-docs/05-services.md#tmpfs
  'services/*/tmpfs': { what: 'Mounts in-memory folders at these paths; their content is lost when the container stops.', docsUrl: u('tmpfs') },
  // ref: compose-spec-docs/05-services.md#tty
  'services/*/tty': { what: 'Gives the container a terminal, like the `-t` of `docker run -it`.', docsUrl: u('tty') },
  // ref: compose-spec-docs/05-services.md#ulimits
  'services/*/ulimits': { what: 'Per-process limits inside the container, such as open files (`nofile`) or processes (`nproc`).', docsUrl: u('ulimits') },
  // ref: compose-spec-docs/05-services.md#use_api_socket
  'services/*/use_api_socket': { what: 'Lets the container talk to your Docker engine and use your registry login, e.g. for tools that run docker commands.', watchOut: ['Whatever runs inside can then control Docker on your machine.'], docsUrl: u('use_api_socket') },
  // ref: compose-spec-docs/05-services.md#user
  'services/*/user': { what: 'Which user (and optionally group) the container\'s process runs as, by name or number, like `1000:1000`; overrides the image\'s `USER`.', docsUrl: u('user') },
  // ref: compose-spec-docs/05-services.md#userns_mode
  'services/*/userns_mode': { what: '`host` turns off user-namespace remapping for this container, so its root is the host\'s root.', docsUrl: u('userns_mode') },
  // ref: compose-spec-docs/05-services.md#uts
  'services/*/uts': { what: '`host` makes the container share the machine\'s host name (UTS namespace).', docsUrl: u('uts') },
  // ref: compose-spec-docs/05-services.md#volumes
  'services/*/volumes': { what: 'Storage mounted into the container: named volumes (kept by Docker), bind mounts (a folder of your machine) or anonymous volumes.', tags: ['run time'], docsUrl: u('volumes') },
  // ref: compose-spec-docs/05-services.md#volumes_from
  'services/*/volumes_from': { what: 'Mounts all volumes of another service (or `container:<name>`), optionally `:ro`. Compose starts that service first.', docsUrl: u('volumes_from') },
  // ref: compose-spec-docs/05-services.md#working_dir
  'services/*/working_dir': { what: 'The folder the container\'s command starts in; overrides the image\'s `WORKDIR`.', docsUrl: u('working_dir') },
} as const satisfies Record<string, ComposeKeyDoc>;
