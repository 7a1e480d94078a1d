// SPDX-License-Identifier: MIT
// "In this line" for COPY and ADD: what each source is (build context, URL, Git repository, local
// tar archive) and where it lands, with a relative destination resolved against WORKDIR.
import type { Heredoc, Instruction } from 'dockerfile-ast';
import { code } from '../render';
import { execArgs } from './forms';
import { commandText, heredocsOf } from './locate';
import type { DockerfileModel } from './model';
import { workdirAt } from './runtimeSettings';
import { stageByReference } from './stageIndex';
import { stageOf, type Stage } from './stages';
import { argumentWords, leadingFlags, splitWords } from './words';

/** How ADD treats one source. ref: buildkit-dockerfile-docs/reference.md#source (BuildKit detects the type of <src>) */
export type AddSource = 'url' | 'git' | 'tar' | 'local';

// ref: buildkit-dockerfile-docs/reference.md#adding-files-from-a-git-repository (https://….git, git@host:…, #ref:subdir);
// newer BuildKit also reads `?ref=…` after `.git` (moby/buildkit frontend/dockerfile/dfgitutil/git_ref.go: an HTTP(S)
// URL is a Git repository when its path, before the query, ends in `.git`).
const GIT = /^(git@|git:\/\/|ssh:\/\/)|\.git([#?].*)?$/;
// ref: buildkit-dockerfile-docs/reference.md#adding-local-tar-archives (gzip, bzip2, xz or uncompressed)
const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

export function addSourceKind(src: string): AddSource {
  if (GIT.test(src)) return 'git';
  if (/^https?:\/\//i.test(src)) return 'url';
  if (TAR.test(src)) return 'tar';
  return 'local';
}

/**
 * The paths of a COPY or ADD line, flags and here-document markers left out (the destination last), and its
 * here-documents. With a here-document only the first line holds paths; the JSON form gives them unquoted.
 * ref: buildkit-dockerfile-docs/reference.md#copy (the JSON form `COPY ["src", "dest"]`, for paths with spaces)
 */
export function copyPaths(model: DockerfileModel, inst: Instruction): { paths: string[]; heredocs: Heredoc[] } {
  const heredocs = heredocsOf(model, inst);
  const json = heredocs.length ? undefined : execArgs(commandText(model, inst));
  const words = json ?? (heredocs.length ? splitWords(model.lines.lineText(inst.getRange().start.line)).slice(1) : argumentWords(model, inst));
  return { paths: words.filter(w => !w.startsWith('--') && !w.startsWith('<<')), heredocs };
}

export function copyFacts(model: DockerfileModel, inst: Instruction, keyword: 'COPY' | 'ADD', paths: string[]): string[] {
  const sources = paths.slice(0, -1);
  const dest = paths[paths.length - 1];
  const where = destination(model, inst, dest);
  const full = model.text.slice(model.lines.offsetAt(inst.getRange().start), model.lines.offsetAt(inst.getRange().end));
  const unpackOff = /--unpack=false\b/.test(full);
  const from = copySource(model, inst);
  if (keyword === 'COPY' || from) {
    const what = sources.length === 1 && sources[0] === '.' && !from
      ? 'The whole build context (the folder given to `docker build`, minus what `.dockerignore` leaves out)'
      : sources.map(p => code(p)).join(', ');
    if (!from) return [`${keyword === 'COPY' ? 'Copies' : 'Adds'} ${what} into ${where}.`];
    // ref: buildkit-dockerfile-docs/reference.md#copy---from (a stage, an image or a named context; not the build context)
    const origin = from.stage
      ? `from the stage ${code(from.name)} (line ${from.stage.from!.getRange().start.line + 1}): the files as they are at the end of that stage`
      : `from the image ${code(from.name)} (or a build context named so with \`--build-context\`)`;
    return [`Copies ${what} ${origin}, into ${where}.`, 'The build context and `.dockerignore` play no part in this line.'];
  }
  const facts: string[] = [];
  const local: string[] = [];
  for (const src of sources) {
    switch (addSourceKind(src)) {
      case 'url': facts.push(`Downloads ${code(src)} into ${where}${TAR.test(src) ? '; a downloaded archive stays packed' : ''}.`); break;
      case 'git': facts.push(`Clones the Git repository ${code(src)} into ${where}, without its \`.git\` folder unless \`--keep-git-dir\` is set.`); break;
      case 'tar': facts.push(unpackOff ? `Copies the archive ${code(src)} as one file into ${where} (\`--unpack=false\`).` : `${code(src)} is a local tar archive, so \`ADD\` unpacks it: its contents, not the archive, land in ${where}.`); break;
      case 'local': local.push(src); break;
    }
  }
  if (local.length) facts.unshift(`Copies ${local.map(p => code(p)).join(', ')} from the build context into ${where}, as \`COPY\` would.`);
  return facts;
}

/**
 * What a `COPY --from=<x>` reads: an earlier stage of this file, or else an image (or named context).
 * Undefined when the line has no `--from`.
 */
export function copySource(model: DockerfileModel, inst: Instruction): { name: string; stage?: Stage } | undefined {
  const value = leadingFlags(model, inst).find(f => f.name === 'from')?.value;
  if (value === undefined || value === null) return undefined;
  const name = value.replace(/^["']|["']$/g, '');
  const stage = stageByReference(model, name);
  // Only an earlier stage can be read from; a later name means an image of that name.
  return { name, stage: stage && stage.from && stage.index < stageOf(model, inst).index ? stage : undefined };
}

/** "`/app/`" or "`.` (that is `/app`, the `WORKDIR` of line 4)". */
function destination(model: DockerfileModel, inst: Instruction, dest: string): string {
  if (dest.startsWith('/') || /^[A-Za-z]:[\\/]/.test(dest) || dest.includes('$')) return code(dest);
  const wd = workdirAt(model, inst);
  if (!wd || !wd.path.startsWith('/')) return `${code(dest)}, relative to the working folder`;
  const joined = joinPosix(wd.path, dest);
  return `${code(dest)}, that is ${code(joined)} (relative to the \`WORKDIR\` on line ${wd.line})`;
}

/** `rel` resolved against the absolute folder `base`, keeping a trailing `/`. */
export function joinPosix(base: string, rel: string): string {
  const out: string[] = [];
  for (const part of `${base}/${rel}`.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop(); else out.push(part);
  }
  return '/' + out.join('/') + (rel.endsWith('/') && out.length ? '/' : '');
}
