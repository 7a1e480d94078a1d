// SPDX-License-Identifier: MIT
// Volume values: named volume vs bind mount vs anonymous volume, access modes, where a bind's host path
// really is, and whether a named volume is declared under the top-level `volumes:`.
import * as path from 'path';
import { isMap, isSeq, type Node } from 'yaml';
import { code, type HoverContent } from '../render';
import { servicesUrl } from '../knowledge/composeKeyDoc';
import { hasSection, lineOf, mapGet, sectionEntries, type ComposeModel } from './composeDocument';
import { keyContent, scalarText, type ExplainContext } from './content';
import { maskInterpolations } from './interpolation';
import { referenceStatus } from './references';
import { volumeProblem } from '../diagnostics/compose/rules/invalidVolumeMount';
import { isHostPath } from '../hostPath';

/** A parsed short-syntax volume entry. */
export interface VolumeEntry { source?: string; target: string; modes: string[] }

/** Splits `SOURCE:TARGET[:MODES]` (or a bare `TARGET`), keeping Windows drive letters whole. */
export function parseVolume(value: string): VolumeEntry | undefined {
  const { masked, restore } = maskInterpolations(value.trim());
  const parts: string[] = [];
  let rest = masked;
  while (rest.length) {
    // `C:\data` or `C:/data`: the colon after a drive letter is not a separator.
    const drive = /^[A-Za-z]:[\\/]/.test(rest) ? 2 : 0;
    const i = rest.indexOf(':', drive);
    if (i < 0) { parts.push(rest); break; }
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  for (let i = 0; i < parts.length; i++) parts[i] = restore(parts[i]);
  if (!parts.length || !parts[0]) return undefined;
  if (parts.length === 1) return { target: parts[0], modes: [] };
  return { source: parts[0], target: parts[1], modes: parts.slice(2).join(',').split(',').filter(Boolean) };
}

const modeText: Record<string, string> = {
  ro: '`ro`: read-only, the container cannot change these files.',
  rw: '`rw`: read-write (the default).',
  z: '`z`: SELinux relabel so several containers can share it.',
  Z: '`Z`: SELinux relabel private to this container.',
  nocopy: '`nocopy`: do not copy the image\'s files into a new volume.',
  cached: '`cached`: an old Docker Desktop for Mac speed hint; ignored today.',
  delegated: '`delegated`: an old Docker Desktop for Mac speed hint; ignored today.',
  consistent: '`consistent`: an old Docker Desktop for Mac speed hint; ignored today.',
};

/** Where a bind mount's host path points, given the compose file's location when known. */
export function resolveHostPath(source: string, file: string | undefined): string {
  if (source.startsWith('~')) return `${code(source)} (in your home folder)`;
  if (path.isAbsolute(source) || /^[A-Za-z]:[\\/]/.test(source)) return code(source);
  if (source.includes('$')) return `${code(source)} (after \`\${}\` variables are filled in)`;
  if (file) return `${code(source)} (that is ${code(path.resolve(path.dirname(file), source))})`;
  return `${code(source)} (relative to the compose file's folder)`;
}

function namedVolumeLines(model: ComposeModel, name: string): { lines: string[]; warnings: string[] } {
  const lines = ['Its data survives `docker compose down`; only `docker compose down -v` (or `docker volume rm`) deletes it.'];
  const warnings: string[] = [];
  const status = referenceStatus(model, 'volumes', name);
  const def = status.kind === 'declared' ? status.pair : undefined;
  if (def) lines.push(`Declared under the top-level \`volumes:\` on line ${lineOf(model, (def.key as Node).range?.[0] ?? 0) + 1}.`);
  // Included files and files combined with -f add their own volumes (compose-spec-docs/14-include.md, 13-merge.md).
  else if (hasSection(model, 'include')) warnings.push(`${code(name)} is not declared under the top-level \`volumes:\` of this file. It may come from a file listed under \`include:\` (or from one added with \`-f\`): their volumes join this project.`);
  else warnings.push(`${code(name)} is not declared under the top-level \`volumes:\`${hasSection(model, 'volumes') ? '' : ' (this file has none)'}; Compose refuses to start until you add \`${name}:\` there (or another compose file combined with it, with \`-f\` or an override file, declares it).`);
  return { lines, warnings };
}

/** Hover for a short-syntax entry of a service's `volumes:` list. */
export function explainVolumeValue(ctx: ExplainContext): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined) return undefined;
  const v = parseVolume(text);
  if (!v) return undefined;
  const lines: string[] = [];
  const warnings: string[] = [];
  let kind: string;
  if (!v.source) {
    kind = 'anonymous volume';
    lines.push(`Docker creates a volume with a random name and mounts it at ${code(v.target)}. It is kept when Compose recreates the container, and deleted by \`docker compose down -v\`.`);
    lines.push('Often used to protect a folder (like `node_modules`) from being hidden by a bind mount above it.');
  } else if (isHostPath(v.source)) {
    kind = 'bind mount';
    lines.push(`The host path ${resolveHostPath(v.source, ctx.file)} appears at ${code(v.target)} in the container. Changes show up on both sides at once.`);
    if (!path.isAbsolute(v.target) && !v.target.includes('$')) warnings.push('The container path should be absolute, starting with `/`.');
    warnings.push(...hiddenImageFolder(ctx, v.source, v.target));
  } else if (/[/\\]/.test(v.source)) {
    // A folder written without `./`: the Problem and the hover say the same sentence.
    kind = 'volume name Compose refuses';
    const refused = volumeProblem(`${v.source}:${v.target}`);
    if (refused) warnings.push(refused.message);
  } else {
    kind = 'named volume';
    lines.push(`The named volume ${code(v.source)} is mounted at ${code(v.target)}.`);
    const named = namedVolumeLines(ctx.model, v.source);
    lines.push(...named.lines);
    warnings.push(...named.warnings);
  }
  for (const m of v.modes) lines.push(modeText[m] ?? `${code(m)}: not an access mode Compose knows (\`ro\`, \`rw\`, \`z\`, \`Z\`).`);
  if (v.source) warnings.push(...dockerSocketWarning(v.source));
  return { title: text, tags: [kind], what: 'A mount: storage outside the container\'s own filesystem, so data outlives the container or is shared with your machine.', inThisLine: lines, watchOut: warnings.length ? warnings : undefined, docsUrl: servicesUrl('volumes') };
}

const samePath = (p: string): string => p.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';

/**
 * A bind mount of the service's own build context over a container folder replaces the image's files there:
 * what the Dockerfile installed or built inside that folder (`node_modules` after `npm install`) is hidden.
 * A volume mounted on a folder below it keeps that folder's image content (Docker fills a new volume from the
 * image). Said as a condition, since the Dockerfile is not read here.
 * ref: compose-spec-docs/05-services.md#volumes, 07-volumes.md
 */
function hiddenImageFolder(ctx: ExplainContext, source: string, target: string): string[] {
  const service = sectionEntries(ctx.model, 'services').get(String(ctx.loc.path[1]))?.value;
  const build = mapGet(ctx.model, service, 'build');
  const context = scalarText(build) ?? (isMap(build) ? scalarText(mapGet(ctx.model, build, 'context')) ?? '.' : undefined);
  if (context === undefined || samePath(context) !== samePath(source) || target.includes('$')) return [];
  const base = target.replace(/\/+$/, '');
  const volumes = mapGet(ctx.model, service, 'volumes');
  const targets = isSeq(volumes) ? volumes.items.map(it => parseVolume(scalarText(it as Node) ?? '')?.target ?? scalarText(mapGet(ctx.model, it, 'target'))) : [];
  if (targets.some(t => t?.startsWith(`${base}/`))) return [];
  return [`This is the folder the image is built from, mounted over ${code(target)}: the container sees your files there, not the image's. Anything the Dockerfile created inside ${code(target)} (like \`node_modules\` from \`npm install\`) is hidden; to keep such a folder, mount a volume on it too, like \`- ${base}/<folder>\`.`];
}

/** Hover for the `source` of a long-syntax volume entry, read together with its `type`. */
export function explainVolumeSource(ctx: ExplainContext): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  const entry = ctx.loc.parents[ctx.loc.parents.length - 1];
  if (text === undefined || !isMap(entry)) return undefined;
  const type = scalarText(mapGet(ctx.model, entry, 'type') as Node | undefined) ?? 'volume';
  const target = scalarText(mapGet(ctx.model, entry, 'target') as Node | undefined);
  const at = target ? ` at ${code(target)}` : '';
  if (type === 'bind') return keyContent('services/*/volumes/source', text, [`Bind mount: the host path ${resolveHostPath(text, ctx.file)} appears${at} in the container.`], dockerSocketWarning(text));
  if (type === 'volume') {
    const named = namedVolumeLines(ctx.model, text);
    return keyContent('services/*/volumes/source', text, [`Named volume ${code(text)} mounted${at}.`, ...named.lines], named.warnings);
  }
  return keyContent('services/*/volumes/source', text, [`Source of a \`${type}\` mount${at}.`]);
}

/**
 * Mounting the Docker daemon's socket hands the container the daemon itself: it can start privileged
 * containers and mount any host folder, so it controls the machine. Said wherever the socket is mounted.
 * ref: docker-cli-docs/container_run.md (-v /var/run/docker.sock gives the container access to the daemon)
 */
export function dockerSocketWarning(source: string): string[] {
  if (!/(^|\/)docker\.sock$/.test(source.replace(/\/+$/, ''))) return [];
  return ['This gives the container control of Docker itself: through the socket it can start and stop any container, run privileged ones and mount any host folder, which amounts to root on the machine. Mount it only into tools you trust, and prefer `:ro` (which still allows most of this).'];
}
