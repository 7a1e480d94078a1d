// SPDX-License-Identifier: MIT
// The Explain view's sentence for a COPY or ADD step, built from the line's parts: what is copied, from where,
// and where it lands, each said once ("Copies `requirements.txt` from the build context to
// `/app/requirements.txt`"). Quoting the line's arguments whole read "Copies requirements.txt requirements.txt".
// A relative destination is resolved against the WORKDIR in force, as the hover does.
// ref: buildkit-dockerfile-docs/reference.md#copy, #add, #copy---from, #copy---chown---chmod, #copy---exclude,
// #here-documents ("Example: Creating inline files").
import type { Instruction } from 'dockerfile-ast';
import { addSourceKind, copyPaths, copySource, joinPosix } from '../dockerfile/copyFacts';
import type { DockerfileModel } from '../dockerfile/model';
import { workdirAt } from '../dockerfile/runtimeSettings';
import { leadingFlags } from '../dockerfile/words';
import { code } from '../render';

/** Long paths are cut for the step list; the editor has the whole line. */
const MAX_PATH = 60;
/** Sources named one by one before "and N more". */
const MAX_LISTED = 3;

const unquote = (w: string) => w.replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1');
const shortPath = (p: string) => (p.length > MAX_PATH ? `${p.slice(0, MAX_PATH - 1)}…` : p);

/** "`a`", "`a` and `b`", "`a`, `b` and `c`", "`a`, `b`, `c` and 4 more". */
function listOf(items: readonly string[]): string {
  const shown = items.slice(0, items.length > MAX_LISTED + 1 ? MAX_LISTED : items.length).map(p => code(shortPath(p)));
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0] ?? '';
}

const isWholeFolder = (sources: readonly string[]) => sources.length === 1 && /^\.\/?$/.test(sources[0]);

/** A folder's contents are copied, not the folder itself: a single `src/` reads "the contents of `src/`" (reference.md#copy). */
const contentsOf = (sources: readonly string[]) => (sources.length === 1 && /[^./]\/$/.test(sources[0]) ? `the contents of ${listOf(sources)}` : listOf(sources));
const baseName = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? p;

/**
 * One file (its name has a dot) to a destination without a trailing `/` whose last part has none: it is written
 * as a file of that name, which a learner meaning a folder (`COPY app.py /app`) does not expect (reference.md#copy).
 */
function asFile(sources: readonly string[], dest: string, count: number, folderLike: boolean): boolean {
  return count === 1 && sources.length === 1 && !folderLike && /\.[^./]+$/.test(baseName(sources[0])) && !dest.endsWith('/') && !/^\.?$/.test(dest) && !baseName(dest).includes('.') && !dest.includes('$');
}

/** Where the files land: "to `/app/main.py`", "into `/app`, the working folder", "into the working folder, under the same name". */
function whereTo(model: DockerfileModel, inst: Instruction, dest: string, intoFolder: boolean, sameName: boolean): string {
  const prep = intoFolder || dest.endsWith('/') ? 'into' : 'to';
  if (dest.startsWith('/') || /^[A-Za-z]:[\\/]/.test(dest) || dest.includes('$')) return `${prep} ${code(shortPath(dest))}`;
  const wd = workdirAt(model, inst);
  const wdPath = wd?.path.startsWith('/') ? wd.path : undefined;
  if (/^\.\/?$/.test(dest)) return wdPath ? `into ${code(shortPath(wdPath))}, the working folder` : 'into the working folder';
  if (wdPath) return `${prep} ${code(shortPath(joinPosix(wdPath, dest)))}`;
  if (sameName) return 'into the working folder, under the same name';
  return `${prep} ${code(shortPath(dest))} in the working folder`;
}

/** "Copies `x` from the build context", "Downloads `https://…`", "Clones the Git repository `…`", and so on. */
function whatAndFrom(model: DockerfileModel, inst: Instruction, keyword: string, sources: readonly string[], unpack: { archives: boolean; urls: boolean }): { said: string; likeCopy: boolean } {
  const from = copySource(model, inst);
  if (from) {
    // A plain word may also name a build context given with `docker build --build-context name=…` (reference.md#copy---from).
    const image = /[:/@]/.test(from.name) ? `the image ${code(shortPath(from.name))}` : `${code(shortPath(from.name))} (an image, or a build context given that name)`;
    const origin = from.stage ? (/^\d+$/.test(from.name) ? `stage ${from.name}` : `the stage ${code(from.name)}`) : image;
    const everything = sources.every(s => /^(\.\/?|\/)$/.test(s));
    return { said: `Copies ${everything ? 'everything' : listOf(sources)} from ${origin}`, likeCopy: false };
  }
  const fromContext = (verb: string) => `${verb} ${isWholeFolder(sources) ? 'the whole build context' : `${contentsOf(sources)} from the build context`}`;
  if (keyword !== 'ADD') return { said: fromContext('Copies'), likeCopy: false };
  const kinds = new Set(sources.map(s => (addSourceKind(s) === 'tar' && !unpack.archives ? 'local' : addSourceKind(s))));
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  const plural = sources.length > 1 ? 's' : '';
  if (only === 'url') return { said: `${unpack.urls ? 'Downloads and unpacks' : 'Downloads'} ${listOf(sources)}`, likeCopy: false };
  if (only === 'git') return { said: `Clones the Git repositor${plural ? 'ies' : 'y'} ${listOf(sources)}`, likeCopy: false };
  if (only === 'tar') return { said: `Unpacks the archive${plural} ${listOf(sources)} from the build context`, likeCopy: false };
  if (only === 'local') return { said: fromContext('Copies'), likeCopy: true };
  return { said: `Adds ${listOf(sources)}`, likeCopy: false };
}

/**
 * One sentence for the COPY or ADD step `inst`. Undefined when the line names nothing to copy yet (a half-typed
 * `COPY`); a line with a source and no destination says that the destination is missing. Never throws.
 */
export function copyStepSentence(model: DockerfileModel, inst: Instruction): string | undefined {
  const keyword = inst.getKeyword();
  const { paths, heredocs } = copyPaths(model, inst);
  const words = paths.map(unquote);
  if (!words.length) return heredocs.length ? `\`${keyword}\` needs a destination after the here-document ${code(`<<${heredocs[0].getName()}`)}.` : undefined;
  const dest = words[words.length - 1];
  const sources = words.slice(0, -1);
  if (!sources.length && !heredocs.length) return `\`${keyword}\` needs a source and a destination; this line has only ${code(shortPath(dest))}.`;
  const flags = leadingFlags(model, inst);
  const flag = (name: string) => flags.filter(f => f.name === name && f.value).map(f => unquote(f.value!));
  const count = sources.length + heredocs.length;
  const sameName = count === 1 && sources.length === 1 && !sources[0].endsWith('/') && baseName(sources[0]) === dest.replace(/^\.\//, '').replace(/\/+$/, '');
  // A folder lands "into" the destination; a single file goes "to" it, which may be its new name.
  const folderLike = sources.some(src => /^\.\/?$|\/$/.test(src) || addSourceKind(src) === 'git' && keyword === 'ADD' || src === '/' && !!copySource(model, inst));
  const where = whereTo(model, inst, dest, count > 1 || folderLike, sameName);

  let said: string;
  let likeCopy = false;
  if (heredocs.length) {
    const names = heredocs.map(h => `<<${h.getName()}`);
    said = `Writes the here-document${names.length > 1 ? 's' : ''} ${listOf(names)}${sources.length ? ` and ${listOf(sources)} from the build context` : ''}`;
  } else {
    // Local archives are unpacked unless `--unpack=false`; downloads only with `--unpack=true` (reference.md#add---unpack).
    ({ said, likeCopy } = whatAndFrom(model, inst, keyword, sources, { archives: flag('unpack')[0] !== 'false', urls: flag('unpack')[0] === 'true' }));
  }
  const extras = [
    ...flag('chown').map(v => `owned by ${code(v)}`),
    ...flag('chmod').map(v => `with mode ${code(v)}`),
    ...(flag('exclude').length ? [`except ${listOf(flag('exclude'))}`] : []),
    ...(heredocs.length > 1 ? ['each as a file named after it'] : []),
    ...(likeCopy ? ['as `COPY` would'] : []),
    ...(asFile(sources, dest, count, folderLike) ? [`as a file named ${code(baseName(dest))} (end the destination with \`/\` to copy into a folder)`] : []),
  ];
  return `${said} ${where}${extras.map(e => `, ${e}`).join('')}.`;
}
