// SPDX-License-Identifier: MIT
// IgnoredVolumeOption: compose-go reads the third part of a short-syntax volume (`./data:/data:ro`) as
// a comma list of options and silently drops any word it does not know, so `:readonly` leaves the
// mount writable.
// Source: compose-spec/compose-go format/volume.go populateFieldFromBuffer ("ignore unknown options").
import { closestName } from '../../../spelling';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, services, setting, literalString } from '../nodes';
import { splitVolumeSpec } from './invalidVolumeMount';

/** The options compose-go acts on: access, SELinux labels, bind propagation, and `nocopy`. */
const known = ['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'];
/** Docker Desktop's old macOS speed hints: accepted everywhere, with no effect today; not worth a warning. */
const hints = ['cached', 'delegated', 'consistent'];

export const ignoredVolumeOption: ComposeRule = {
  code: 'IgnoredVolumeOption',
  source: 'coach',
  severity: 'warning',
  title: 'Volume option that Compose ignores',
  why: 'After the container path, Compose reads only `ro`, `rw`, `z`, `Z`, `nocopy` and the propagation words (`shared`, `slave`, `private` and their `r` forms). Any other word is dropped without a message, so `:readonly` or `:read-only` still gives a writable mount.',
  fix: 'Use `ro` for read-only (`./config:/etc/app:ro`), or the long syntax with `read_only: true`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#volumes',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const item of itemsOf(model, setting(model, svc, 'volumes'))) {
        const spec = literalString(item);
        if (!spec) continue;
        const split = splitVolumeSpec(spec);
        if (!('parts' in split) || split.parts.length < 3) continue;
        const unknown = split.parts[2].split(',').filter(o => o && !known.includes(o) && !hints.includes(o));
        const range = unknown.length ? nodeRange(model, item) : undefined;
        if (!range) continue;
        const near = closestName(unknown[0].toLowerCase() === 'readonly' || unknown[0].toLowerCase() === 'read-only' ? 'ro' : unknown[0], known);
        report({ range, message: `Compose ignores ${unknown.map(o => `\`${o}\``).join(', ')} here without a word, so the mount is set up as if it were not written${near ? ` (did you mean \`${near}\`?)` : ''}.` });
      }
    }
  },
};
