// SPDX-License-Identifier: MIT
// InvalidVolumeMount: a short-syntax `volumes:` entry that Compose or the engine refuses: a relative
// path without `./` (Compose reads it as a volume name, and no such volume can be declared), too many
// colons, an empty part, or a container path that is not absolute.
// Sources: compose-spec/compose-go format/volume.go ParseVolume and isFilePath; loader/validate.go
// ("refers to undefined volume"), schema/compose-spec.json (the names `volumes:` may declare); moby/moby
// daemon/volume/mounts/linux_parser.go (absolute container paths, not `/`).
import { isScalar } from 'yaml';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule, Fix } from '../../types';
import { itemsOf, nodeRange, services, setting, literalString } from '../nodes';
import { isHostPath } from '../../../hostPath';

/** The names the top-level `volumes:` may declare (compose-go schema/compose-spec.json); a source must be one. */
const volumeName = /^[a-zA-Z0-9._-]+$/;

/** The parts of `SOURCE:TARGET[:MODE]` as compose-go splits them, or its error. */
export function splitVolumeSpec(spec: string): { parts: string[] } | { error: string } {
  if (spec.length <= 2) return { parts: [spec] };
  const parts: string[] = [];
  let buffer = '';
  for (let i = 0; i <= spec.length; i++) {
    const c = i < spec.length ? spec[i] : undefined;
    // `C:` at the start of a part is a Windows drive, not a separator.
    if (c === ':' && buffer.length === 1 && /\p{L}/u.test(buffer)) { buffer += c; continue; }
    if (c === ':' || c === undefined) {
      if (buffer === '') return { error: `invalid spec: ${spec}: empty section between colons` };
      if (parts.length === 2 && c === ':') return { error: `invalid spec: ${spec}: too many colons` };
      parts.push(buffer);
      buffer = '';
    } else buffer += c;
  }
  return { parts };
}

/** What is wrong with one entry, and the entry written right when that is certain. */
export function volumeProblem(spec: string): { message: string; fixed?: string } | undefined {
  const split = splitVolumeSpec(spec);
  if ('error' in split) return { message: `Compose refuses this entry ("${split.error}"). ${dockerErrors.invalidVolumeSpec.says} For example \`./data:/data:ro\`.` };
  const [first, second] = split.parts;
  const source = split.parts.length > 1 ? first : undefined;
  const target = split.parts.length > 1 ? second : first;
  if (source !== undefined && !isHostPath(source) && !volumeName.test(source)) {
    if (/[/\\]/.test(source)) {
      return {
        message: `Compose reads \`${source}\` as the name of a volume, not a folder, because it does not start with \`./\` or \`/\`, and stops with "refers to undefined volume ${source}". Write \`./${source}\` for a folder next to the compose file.`,
        fixed: `./${spec}`,
      };
    }
    return { message: `\`${source}\` cannot be a volume name: the top-level \`volumes:\` accepts only letters, digits, \`_\`, \`.\` and \`-\`, so Compose stops with "refers to undefined volume ${source}". For a folder, write \`./${source}\`.` };
  }
  if (!/^([/\\]|[A-Za-z]:[\\/])/.test(target)) {
    return { message: `The container path \`${target}\` must be absolute, starting with \`/\`: the engine stops with "invalid mount path: '${target}' mount path must be absolute".` };
  }
  if (/^\/+$/.test(target)) {
    return { message: 'A mount cannot cover the whole container: the engine stops with "invalid specification: destination can\'t be \'/\'". Mount it on a folder such as `/data`.' };
  }
  return undefined;
}

export const invalidVolumeMount: ComposeRule = {
  code: 'InvalidVolumeMount',
  source: 'coach',
  severity: 'error',
  title: 'Volume entry Compose or Docker refuses',
  why: 'In `SOURCE:TARGET[:MODE]`, a source that starts with `.`, `/` or `~` is a folder of your machine; anything else is the name of a named volume. So `data/x:/data` asks for a volume called `data/x`, which cannot exist, and Compose stops. The container path must be absolute.',
  fix: 'Start a folder with `./` (`./data/x:/data`), keep volume names to letters, digits, `_`, `.` and `-`, and start the container path with `/`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#volumes',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:format/volume.go',
  dockerErrors: ['invalidVolumeSpec'],
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const item of itemsOf(model, setting(model, svc, 'volumes'))) {
        const spec = literalString(item);
        if (spec === undefined || spec === '') continue;
        const found = volumeProblem(spec);
        const range = found ? nodeRange(model, item) : undefined;
        if (!found || !range) continue;
        // A plain scalar can take `./` in front as it is; a quoted one keeps its quotes.
        const style = isScalar(item) ? item.type : undefined;
        const quote = style === 'QUOTE_DOUBLE' ? '"' : style === 'QUOTE_SINGLE' ? "'" : style === 'PLAIN' ? '' : undefined;
        const fixes: Fix[] | undefined = found.fixed !== undefined && quote !== undefined && !/["'\\]/.test(spec)
          ? [{ title: `Change to ${found.fixed}`, edits: [{ range, newText: `${quote}${found.fixed}${quote}` }] }]
          : undefined;
        report({ range, message: found.message, fixes });
      }
    }
  },
};
