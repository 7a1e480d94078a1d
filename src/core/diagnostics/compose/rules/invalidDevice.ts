// SPDX-License-Identifier: MIT
// InvalidDevice: a `devices` entry is `host path[:container path[:permissions]]`, so more than two colons
// cannot be read; and a GPU reservation's `count` is a number or `all`.
// Sources: compose-spec/compose-go transform/device.go transformDeviceMapping ("confusing device mapping,
// please use long syntax: %s") and types/device.go DeviceCount ("invalid value %q, the only value allowed is
// 'all' or a number").
import type { ComposeRule } from '../../types';
import { itemsOf, literalString, nodeRange, services, setting, settingAt } from '../nodes';

export const invalidDevice: ComposeRule = {
  code: 'InvalidDevice',
  source: 'coach',
  severity: 'error',
  title: 'Device entry Compose cannot read',
  why: 'A `devices` entry is the device on the host, then optionally where it appears in the container and its permissions: `/dev/ttyUSB0:/dev/ttyUSB0:rwm`. With more colons Compose cannot tell the parts apart. A GPU reservation\'s `count` is a number or `all`.',
  fix: 'Write `host:container[:permissions]`, or the long syntax with `source:` and `target:`; for `count`, write a number or `all`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#devices',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:transform/device.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const item of itemsOf(model, setting(model, svc, 'devices'))) {
        const entry = literalString(item);
        const range = entry !== undefined && entry.split(':').length > 3 ? nodeRange(model, item) : undefined;
        if (range) report({ range, message: `Compose cannot split \`${entry}\` into host path, container path and permissions ("confusing device mapping, please use long syntax: ${entry}").` });
      }
      for (const device of itemsOf(model, settingAt(model, svc, ['deploy', 'resources', 'reservations', 'devices']))) {
        const countNode = setting(model, device, 'count');
        const count = literalString(countNode);
        const range = count !== undefined && count.toLowerCase() !== 'all' && !/^[+-]?\d+$/.test(count) ? nodeRange(model, countNode!) : undefined;
        if (range) report({ range, message: `Compose refuses \`count: ${count}\` ("invalid value "${count}", the only value allowed is 'all' or a number").` });
      }
    }
  },
};
