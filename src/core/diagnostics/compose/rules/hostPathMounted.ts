// SPDX-License-Identifier: MIT
// HostPathMounted: a bind mount of the host's root or of a system folder (`/`, `/etc`, `/proc`…) hands the
// container the host's own files. Only the folder itself counts: `/etc/localtime:ro` is a common, harmless file.
// The Docker socket has its own rule (DockerSocketMounted).
// Reference: compose-spec-docs/05-services.md, "volumes" (short and long syntax).
import { isScalar } from 'yaml';
import { parseVolume } from '../../../compose/volumes';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, scalarText, services, setting } from '../nodes';

const systemFolders = new Set(['/', '/etc', '/root', '/proc', '/sys', '/boot', '/dev', '/var/lib/docker', '/var/run', '/run', '/home', '/usr', '/lib']);

/** The host folder a volume source names when it is one of the system folders, else undefined. */
export function systemFolderOf(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const folder = source === '/' ? '/' : source.replace(/\/+$/, '');
  return systemFolders.has(folder || '/') ? (folder || '/') : undefined;
}

export const hostPathMounted: ComposeRule = {
  code: 'HostPathMounted',
  source: 'coach',
  severity: 'warning',
  title: 'Host system folder mounted into a container',
  why: 'A bind mount shows the container the host\'s own files. Mounting the root folder or a system folder such as `/etc` lets a program that is broken into read the host\'s passwords and settings, and change them when the mount is writable.',
  fix: 'Mount only the folder of your project the service needs (`./data:/data`), or a named volume; add `:ro` when it only reads.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#volumes',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const item of itemsOf(model, setting(model, svc, 'volumes'))) {
        const sourceNode = isScalar(item) ? item : setting(model, item, 'source');
        const source = isScalar(item) ? parseVolume(scalarText(item) ?? '')?.source : scalarText(sourceNode);
        const folder = systemFolderOf(source);
        const range = folder && sourceNode ? nodeRange(model, sourceNode) : undefined;
        if (range) report({ range, message: `Service \`${svc.name}\` mounts the host's \`${folder}\`, so it can read${/:ro\b/.test(scalarText(item) ?? '') ? '' : ' and change'} the host's own files there.` });
      }
    }
  },
};
