// SPDX-License-Identifier: MIT
// The values completion offers after a flag whose values are a known set. Facts checked against
// shared/reference/docker-cli-docs/ (container_run.md#restart, #log-driver, buildx_build.md#progress,
// container_ls.md#filter, image_ls.md#filter, volume_ls.md#filter, network_ls.md#filter, system_events.md,
// compose_up.md); the words after each value are ours.

/** One value: what to insert, and a few words on what it does. */
export type ValueChoice = readonly [value: string, what: string];

const platforms: readonly ValueChoice[] = [
  ['linux/amd64', 'Intel and AMD 64-bit, most servers and PCs'], ['linux/arm64', 'ARM 64-bit: Apple silicon, Graviton, Raspberry Pi 4+'],
  ['linux/arm/v7', '32-bit ARM'], ['linux/386', '32-bit Intel'], ['linux/ppc64le', 'IBM POWER'], ['linux/s390x', 'IBM Z'],
  ['linux/riscv64', 'RISC-V 64-bit'], ['windows/amd64', 'Windows containers'],
];

const formats: readonly ValueChoice[] = [['json', 'one JSON object per line'], ['table', 'a table with headers (the default)']];

/** Values by long flag name, for every command that has the flag; `<command> <flag>` entries win. */
export const flagValueSets: Readonly<Record<string, readonly ValueChoice[]>> = {
  '--restart': [['no', 'never restart (the default)'], ['on-failure', 'restart after a non-zero exit'], ['on-failure:3', 'at most 3 times'],
    ['always', 'restart whenever it stops'], ['unless-stopped', 'like always, but not after you stop it']],
  '--pull': [['missing', 'download only when missing (the default)'], ['always', 'download every time'], ['never', 'use only the local image']],
  '--network': [['bridge', 'Docker\'s default network'], ['host', 'share your machine\'s network; -p does nothing'], ['none', 'no network at all'],
    ['container:', 'share another container\'s network']],
  '--log-driver': [['json-file', 'the default: files that docker logs reads'], ['local', 'compact files, rotated'], ['none', 'no logs at all'],
    ['journald', 'systemd\'s journal'], ['syslog', 'the syslog daemon'], ['fluentd', 'a Fluentd collector'], ['gelf', 'Graylog'],
    ['awslogs', 'Amazon CloudWatch'], ['gcplogs', 'Google Cloud Logging'], ['splunk', 'Splunk'], ['etwlogs', 'Windows event tracing']],
  '--platform': platforms,
  '--progress': [['auto', 'tty in a terminal, plain otherwise'], ['plain', 'every line of every step'], ['tty', 'the compact live view'],
    ['quiet', 'nothing but the result'], ['rawjson', 'machine-readable events']],
  '--format': formats,
  '--mount': [['type=bind,source=./,target=/app', 'your folder inside the container'], ['type=volume,source=data,target=/data', 'a named volume'],
    ['type=tmpfs,target=/tmp', 'in-memory folder'], ['readonly', 'key: no writes'], ['source=', 'key: the folder or volume'], ['target=', 'key: the path inside']],
  '--signal': [['SIGTERM', 'ask to stop'], ['SIGKILL', 'stop at once'], ['SIGHUP', 'often: reload configuration'], ['SIGINT', 'like Ctrl-C']],
  '--type': [['container', ''], ['image', ''], ['volume', ''], ['network', ''], ['plugin', ''], ['node', ''], ['service', ''], ['task', '']],
  '--ansi': [['auto', ''], ['never', ''], ['always', '']],
  '--rmi': [['local', 'only images without a custom tag'], ['all', 'every image the services use']],
};

/** Per command: `--pull`, `--progress`, `--format` and `--filter` differ between commands. */
export const commandValueSets: Readonly<Record<string, readonly ValueChoice[]>> = {
  'compose --pull': [['policy', 'follow each service\'s pull_policy (the default)'], ['always', 'download every time'], ['missing', 'download only when missing'], ['never', 'use only local images'], ['build', 'build instead of pulling']],
  'compose --progress': [['auto', ''], ['tty', ''], ['plain', ''], ['json', ''], ['quiet', '']],
  'ps --format': [...formats, ['{{.Names}}', 'only the names'], ['{{.ID}}\\t{{.Status}}', 'ID and status'], ['table {{.Names}}\\t{{.Status}}\\t{{.Ports}}', 'names, status, ports']],
  'images --format': [...formats, ['{{.Repository}}:{{.Tag}}', 'name:tag'], ['table {{.Repository}}\\t{{.Tag}}\\t{{.Size}}', 'name, tag, size']],
  'inspect --format': [['{{.State.Status}}', 'running, exited ...'], ['{{.State.ExitCode}}', 'the last exit code'], ['{{json .Config.Env}}', 'the environment'],
    ['{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', 'the IP address'], ['{{json .Mounts}}', 'the mounts'], ['{{.Config.Cmd}}', 'the command']],
  'container inspect --format': [['{{.State.Status}}', 'running, exited ...'], ['{{.State.ExitCode}}', 'the last exit code'], ['{{.State.Health.Status}}', 'healthy or not'], ['{{json .Mounts}}', 'the mounts']],
  'image inspect --format': [['{{.Config.Cmd}}', 'the CMD'], ['{{.Config.Entrypoint}}', 'the ENTRYPOINT'], ['{{json .Config.Env}}', 'the ENV'], ['{{.Architecture}}', 'the CPU it is made for'], ['{{.Size}}', 'size in bytes']],
  'ps --filter': [['status=exited', 'stopped containers'], ['status=running', ''], ['name=', 'by name'], ['label=', 'by label'], ['ancestor=', 'made from an image'],
    ['exited=', 'by exit code'], ['health=unhealthy', ''], ['network=', ''], ['volume=', ''], ['publish=', 'by published port'], ['before=', ''], ['since=', '']],
  'images --filter': [['dangling=true', 'untagged <none> images'], ['reference=', 'by name pattern'], ['label=', ''], ['before=', ''], ['since=', '']],
  'volume ls --filter': [['dangling=true', 'volumes no container uses'], ['name=', ''], ['driver=', ''], ['label=', '']],
  'network ls --filter': [['driver=bridge', ''], ['name=', ''], ['type=custom', 'the networks you made'], ['label=', ''], ['scope=local', '']],
  'events --filter': [['type=container', ''], ['event=die', 'containers that stopped'], ['container=', ''], ['image=', '']],
  'search --filter': [['is-official=true', 'official images only'], ['stars=100', 'at least 100 stars']],
  ...Object.fromEntries(['container prune', 'image prune', 'network prune', 'volume prune', 'system prune', 'builder prune']
    .map(key => [`${key} --filter`, [['until=24h', 'older than a day'], ['label=', 'by label']] as const])),
};
