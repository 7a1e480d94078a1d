// SPDX-License-Identifier: MIT
// ExtraHostWithoutIp: an `extra_hosts` entry is a host name and its address, `name=ip` or `name:ip`. An
// entry with only a name, or only an address, makes Compose refuse the file.
// Source: compose-spec/compose-go types/hostList.go NewHostsList ("invalid additional host, missing IP: %s")
// and cleanup ("bad host name '%s'").
import type { ComposeRule } from '../../types';
import { itemsOf, literalString, nodeRange, services, setting, settingAt } from '../nodes';

/** Compose's complaint about one list entry, or undefined when it has a name and an address. */
function hostEntryError(entry: string): string | undefined {
  // NewHostsList cuts at the first `=`, else at the first `:` (so `name:::1` is name and `::1`).
  const sep = entry.includes('=') ? '=' : entry.includes(':') ? ':' : undefined;
  if (!sep) return `invalid additional host, missing IP: ${entry}`;
  const host = entry.slice(0, entry.indexOf(sep));
  return host === '' || /[:=]/.test(host) ? `bad host name '${host}'` : undefined;
}

export const extraHostWithoutIp: ComposeRule = {
  code: 'ExtraHostWithoutIp',
  source: 'coach',
  severity: 'error',
  title: '`extra_hosts` entry without a name or an address',
  why: 'Each `extra_hosts` entry adds a line to the container\'s `/etc/hosts`, so it needs both a host name and an IP address: `db.local=10.0.0.5` or `host.docker.internal:host-gateway`. With only one of them, Compose refuses the file.',
  fix: 'Write the name, `=` (or `:`), and the address: `somehost=192.168.1.10`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#extra_hosts',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:types/hostList.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const list of [setting(model, svc, 'extra_hosts'), settingAt(model, svc, ['build', 'extra_hosts'])]) {
        for (const item of itemsOf(model, list)) {
          const entry = literalString(item);
          const says = entry === undefined ? undefined : hostEntryError(entry);
          const range = says && nodeRange(model, item);
          if (range) report({ range, message: `Compose refuses the \`extra_hosts\` entry \`${entry}\` ("${says}"). Write a host name and its address, such as \`somehost=192.168.1.10\`.` });
        }
      }
    }
  },
};
