// SPDX-License-Identifier: MIT
// The option checks `docker run` and `docker create` make before they ask the engine: memory swappiness 0 to
// 100, namespace modes, health options, MAC addresses, security, storage and logging options, devices. Each
// message names the flag or the thing; the advice below says how that one is written.
import { code } from '../../render';
import { messageKind } from './fromMessage';

/** How each option is written, by the word the message names (a flag, or `storage`, `logging`, `device`, `path`). */
const advice: readonly [RegExp, string][] = [
  [/^invalid value/, '`--memory-swappiness` is a number from 0 to 100 (how readily the kernel swaps this container\'s memory out); leave it out to keep the default.'],
  [/^--pid|^--uts/, '`--pid` and `--uts` take `host`, or `container:NAME` to share another container\'s.'],
  [/^--userns/, '`--userns` takes only `host`.'],
  [/^--cgroupns/, '`--cgroupns` takes `host` or `private`.'],
  [/^--no-healthcheck/, '`--no-healthcheck` turns the image\'s check off, so it cannot go with `--health-*` flags that change it: keep one or the other.'],
  [/^--health-/, 'Health check times are positive durations such as `30s`, and `--health-retries` is 0 or more.'],
  [/mac address$/, 'A MAC address is six pairs of hex digits split by colons, such as `02:42:ac:11:00:02`.'],
  [/security-opt/, 'Each `--security-opt` is `name=value` (such as `seccomp=profile.json` or `label=disable`), or `no-new-privileges` alone.'],
  [/^invalid storage/, 'Each `--storage-opt` is `name=value`, such as `size=10G`.'],
  [/^invalid logging/, '`--log-driver none` keeps no logs, so it takes no `--log-opt`.'],
  [/device|path/, 'A `--device` is `/dev/on-host[:/dev/in-container[:rwm]]`, each path starting with `/`.'],
];

export const invalidRunOption = messageKind({
  code: 'InvalidRunOption',
  title: 'A docker run option Docker cannot use',
  message: 'invalidRunOption',
  commands: ['run', 'create', 'container run', 'container create'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/run/',
  topics: ['command:docker run'],
  explain: (_ctx, m) => {
    const said = m[0].trim();
    const how = advice.find(([re]) => re.test(said))?.[1];
    return {
      lead: `Docker says: ${code(said)}.`,
      why: how ? [how] : [],
      todo: ['Write the option in that form, or leave it out; then run the command again.'],
    };
  },
});
