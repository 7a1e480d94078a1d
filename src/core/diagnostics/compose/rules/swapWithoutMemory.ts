// SPDX-License-Identifier: MIT
// SwapWithoutMemory: `memswap_limit` is memory and swap together, so it must be at least `mem_limit`, and it
// means nothing without a memory limit. The engine refuses either mistake when it creates the container.
// Source: moby/moby daemon/daemon_unix.go verifyPlatformContainerResources
// ("Minimum memoryswap limit should be larger than memory limit, see usage";
//  "You should always set the Memory limit when using Memoryswap limit, see usage").
import type { Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange, scalarText, services, setting, settingAt, writtenNumber } from '../nodes';

const bytesOf = (node: Node | undefined): number | undefined => writtenNumber(node, 'bytes');

export const swapWithoutMemory: ComposeRule = {
  code: 'SwapWithoutMemory',
  source: 'coach',
  severity: 'error',
  title: '`memswap_limit` below `mem_limit`, or without it',
  why: '`memswap_limit` is the memory and the swap a container may use together, so it cannot be less than `mem_limit`, and it needs a `mem_limit` to add swap to. The engine refuses the container otherwise. `-1` (unlimited swap) and `0` are always fine.',
  fix: 'Make `memswap_limit` at least `mem_limit` (twice it is the default), or add a `mem_limit`; or remove `memswap_limit`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#memswap_limit',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'moby/moby:daemon/daemon_unix.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const swapNode = setting(model, svc, 'memswap_limit');
      const swap = bytesOf(swapNode);
      if (swap === undefined || swap <= 0) continue;
      const memNode = setting(model, svc, 'mem_limit');
      const deployMem = settingAt(model, svc, ['deploy', 'resources', 'limits', 'memory']);
      // A memory limit written with a variable is unknown here: stay quiet.
      if ((memNode && bytesOf(memNode) === undefined) || (deployMem && bytesOf(deployMem) === undefined)) continue;
      // docker/compose create.go setLimits: a deploy memory limit replaces mem_limit.
      const memory = bytesOf(deployMem) || bytesOf(memNode) || 0;
      const range = nodeRange(model, swapNode!);
      if (!range) continue;
      if (memory === 0) {
        report({ range, message: `\`memswap_limit\` is set but \`mem_limit\` is not; the engine refuses it ("You should always set the Memory limit when using Memoryswap limit, see usage"). Add a \`mem_limit\`, or remove \`memswap_limit\`.` });
      } else if (swap < memory) {
        report({ range, message: `\`memswap_limit: ${scalarText(swapNode)}\` is less than the memory limit; the engine refuses it ("Minimum memoryswap limit should be larger than memory limit, see usage"). It counts memory and swap together, so make it at least the memory limit.` });
      }
    }
  },
};
