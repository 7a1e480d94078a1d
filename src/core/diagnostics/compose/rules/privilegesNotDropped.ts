// SPDX-License-Identifier: MIT
// PrivilegesNotDropped (off by default; the security review turns it on): a service keeps the Linux
// capabilities Docker grants by default, may gain new privileges through setuid programs, or can write
// anywhere in its own filesystem. Each missing piece is named in one message on the service's name.
// Reference: compose-spec-docs/05-services.md, "cap_drop", "security_opt", "read_only", "tmpfs";
// docker-cli-docs/container_run.md, "--security-opt=no-new-privileges" and "--read-only".
import type { Node } from 'yaml';
import type { ComposeModel } from '../../../compose/composeDocument';
import type { ComposeRule } from '../../types';
import { isTrue, itemsOf, keyRange, scalarText, services, setting, type ServiceEntry } from '../nodes';

/** What a service leaves undone of the three steps, in the order the message lists them. */
export function privilegesKept(model: ComposeModel, svc: ServiceEntry | Node): string[] {
  const texts = (key: string) => itemsOf(model, setting(model, svc, key)).map(n => scalarText(n)?.trim() ?? '');
  const missing: string[] = [];
  if (!texts('cap_drop').some(c => /^(CAP_)?ALL$/i.test(c))) missing.push('`cap_drop: [ALL]`');
  if (!texts('security_opt').some(o => /^no-new-privileges(?::true|=true)?$/i.test(o))) missing.push('`security_opt: [no-new-privileges:true]`');
  if (!isTrue(setting(model, svc, 'read_only'))) missing.push('`read_only: true`');
  return missing;
}

export const privilegesNotDropped: ComposeRule = {
  code: 'PrivilegesNotDropped',
  source: 'coach',
  severity: 'info',
  defaultOff: true,
  title: 'Service keeps privileges it may not need',
  why: 'Docker gives every container a set of Linux capabilities, lets its programs gain rights through setuid files, and lets them write anywhere in the container. Most apps need none of that, and each one is a tool for someone who breaks in.',
  fix: 'Add `cap_drop: [ALL]` (then `cap_add:` only what the app needs), `security_opt: [no-new-privileges:true]`, and `read_only: true` with `tmpfs: [/tmp]` for the folders it writes.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#cap_drop',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      const missing = privilegesKept(model, svc);
      const range = missing.length ? keyRange(model, svc.pair) : undefined;
      if (range) report({ range, message: `Service \`${svc.name}\` has no ${missing.join(', no ')}.` });
    }
  },
};
