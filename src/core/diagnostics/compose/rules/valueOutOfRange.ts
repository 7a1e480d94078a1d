// SPDX-License-Identifier: MIT
// ValueOutOfRange: numbers the schema takes as any integer, but that Compose or the engine only accept in a
// range: `scale` and `deploy.replicas` not below 0, `mem_swappiness` 0 to 100, `oom_score_adj` -1000 to
// 1000, `shm_size` not below 0, `cpu_period` 1000 to 1000000 and `cpu_quota` at least 1000 (microseconds).
// Sources: compose-spec/compose-go loader/validate.go checkConsistency (scale, replicas);
// moby/moby daemon/daemon_unix.go verifyPlatformContainerResources (swappiness, cfs period and quota) and
// verifyPlatformContainerSettings (SHM size, oom score adj). docker/compose pkg/compose/create.go
// getDeployResources passes each of them to the engine as written (mem_swappiness only when not 0).
import type { ComposeRule } from '../../types';
import { nodeRange, services, settingAt, writtenNumber } from '../nodes';

interface Limit {
  readonly path: readonly string[];
  /** Docker's message for a value out of range, or undefined when the value is fine. */
  readonly refuses: (value: number, service: string) => string | undefined;
  /** Who refuses it, for the message. */
  readonly by: 'Compose' | 'The engine';
  /** What is allowed, in a few words. */
  readonly allowed: string;
}

const limits: readonly Limit[] = [
  { path: ['scale'], by: 'Compose', allowed: '0 or more', refuses: (v, s) => (v < 0 ? `services.${s}.scale: must be greater than or equal to 0` : undefined) },
  { path: ['deploy', 'replicas'], by: 'Compose', allowed: '0 or more', refuses: (v, s) => (v < 0 ? `services.${s}.deploy.replicas: must be greater than or equal to 0` : undefined) },
  // -1 is the engine's "unset" (daemon.go fixMemorySwappiness). Where the kernel cannot set swappiness (cgroup v2),
  // the engine drops the value with a warning instead, but the value is wrong either way.
  { path: ['mem_swappiness'], by: 'The engine', allowed: 'from 0 to 100', refuses: v => (v !== -1 && (v < 0 || v > 100) ? `Invalid value: ${v}, valid memory swappiness range is 0-100` : undefined) },
  { path: ['oom_score_adj'], by: 'The engine', allowed: 'from -1000 to 1000', refuses: v => (v < -1000 || v > 1000 ? `Invalid value ${v}, range for oom score adj is [-1000, 1000]` : undefined) },
  { path: ['shm_size'], by: 'The engine', allowed: '0 or more', refuses: v => (v < 0 ? 'SHM size can not be less than 0' : undefined) },
  { path: ['cpu_period'], by: 'The engine', allowed: 'from 1000 to 1000000 microseconds', refuses: v => (v !== 0 && (v < 1000 || v > 1000000) ? 'CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)' : undefined) },
  { path: ['cpu_quota'], by: 'The engine', allowed: '1000 microseconds or more', refuses: v => (v > 0 && v < 1000 ? 'CPU cfs quota can not be less than 1ms (i.e. 1000)' : undefined) },
];

export const valueOutOfRange: ComposeRule = {
  code: 'ValueOutOfRange',
  source: 'coach',
  severity: 'error',
  title: 'Number outside the range Docker accepts',
  why: 'Some settings are numbers in a range: `mem_swappiness` is a percentage from 0 to 100, `oom_score_adj` goes from -1000 to 1000, `cpu_period` is 1000 to 1000000 microseconds, `cpu_quota` at least 1000, and `scale`, `deploy.replicas` and `shm_size` cannot be negative. The file is valid YAML, but Compose or the engine refuses such a value when the service is created.',
  fix: 'Use a value inside the range, or remove the setting to keep Docker\'s default.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'moby/moby:daemon/daemon_unix.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const limit of limits) {
        const node = settingAt(model, svc, limit.path);
        const value = writtenNumber(node, limit.path[0] === 'shm_size' ? 'bytes' : 'count');
        const says = value === undefined ? undefined : limit.refuses(value, svc.name);
        const range = says && nodeRange(model, node!);
        if (range) report({ range, message: `\`${limit.path.join('.')}\` must be ${limit.allowed}. ${limit.by} refuses ${value} ("${says}").` });
      }
    }
  },
};
