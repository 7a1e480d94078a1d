// SPDX-License-Identifier: MIT
// InvalidDuration: healthcheck times, `stop_grace_period` and the deploy delays are Go durations with a
// unit on every number (`30s`, `1m30s`). Compose refuses a bare number written as text, or an unknown unit;
// the engine refuses a healthcheck interval or timeout under 1ms.
// Sources: compose-spec/compose-go types/duration.go (DecodeMapstructure → xhit/go-str2duration v2.1.0
// ParseDuration); moby/moby daemon/container.go validateHealthCheck (MinimumDuration, 1ms).
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule, Fix } from '../../types';
import { nodeRange, services, settingAt, literalString } from '../nodes';
import { parseGoDuration } from '../goParsers';

/** Every duration setting of a service, by its path under the service. */
const durationPaths: readonly (readonly string[])[] = [
  ['healthcheck', 'interval'], ['healthcheck', 'timeout'], ['healthcheck', 'start_period'], ['healthcheck', 'start_interval'],
  ['stop_grace_period'],
  ['deploy', 'restart_policy', 'delay'], ['deploy', 'restart_policy', 'window'],
  ['deploy', 'update_config', 'delay'], ['deploy', 'update_config', 'monitor'],
  ['deploy', 'rollback_config', 'delay'], ['deploy', 'rollback_config', 'monitor'],
];


export const invalidDuration: ComposeRule = {
  code: 'InvalidDuration',
  source: 'coach',
  severity: 'error',
  title: 'Duration without a valid unit',
  why: 'Compose reads these times as Go durations: every number needs a unit (`ms`, `s`, `m`, `h`, also `d` and `w`), as in `30s` or `1m30s`. A bare `"30"` does not mean seconds; Compose stops with "missing unit in duration".',
  fix: 'Add the unit: `interval: 30s`, `stop_grace_period: 1m`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/extension/#specifying-durations',
  reference: 'compose-spec-docs/11-extension.md',
  rejectedBy: 'compose-spec/compose-go:types/duration.go',
  dockerErrors: ['invalidDuration'],
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const path of durationPaths) {
        const node = settingAt(model, svc, path);
        const text = literalString(node);
        if (text === undefined) continue;
        const parsed = parseGoDuration(text);
        const range = nodeRange(model, node!);
        if (!range) continue;
        const key = path.join('.');
        if ('error' in parsed) {
          const seconds = /^\d+$/.test(text) ? `${text}s` : undefined;
          const fixes: Fix[] | undefined = seconds ? [{ title: `Change to ${seconds}`, edits: [{ range, newText: seconds }] }] : undefined;
          report({ range, message: `Compose refuses \`${key}: ${text}\` ("${parsed.error}"). ${dockerErrors.invalidDuration.says} Here, for example, \`${seconds ?? '30s'}\`.`, fixes });
        } else if (path[0] === 'healthcheck' && parsed.ns !== 0 && parsed.ns < 1e6) {
          const field = { interval: 'Interval', timeout: 'Timeout', start_period: 'StartPeriod', start_interval: 'StartInterval' }[path[1]];
          report({ range, message: `The engine refuses a healthcheck \`${path[1]}\` this short ("${field} in Healthcheck cannot be less than 1ms").` });
        }
      }
    }
  },
};
