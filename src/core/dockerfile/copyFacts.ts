// SPDX-License-Identifier: MIT
// "In this line" for COPY and ADD: what each source is (build context, URL, Git repository, local
// tar archive) and where it lands, with a relative destination resolved against WORKDIR.
import type { Instruction } from 'dockerfile-ast';
import { code } from '../render';
import type { DockerfileModel } from './model';
import { workdirAt } from './runtimeSettings';

/** How ADD treats one source. ref: buildkit-dockerfile-docs/reference.md#source (BuildKit detects the type of <src>) */
export type AddSource = 'url' | 'git' | 'tar' | 'local';

// ref: buildkit-dockerfile-docs/reference.md#adding-files-from-a-git-repository (https://….git, git@host:…, #ref:subdir)
const GIT = /^(git@|git:\/\/|ssh:\/\/)|\.git(#.*)?$|^https?:\/\/[^#]+\.git(#|$)/;
// ref: buildkit-dockerfile-docs/reference.md#adding-local-tar-archives (gzip, bzip2, xz or uncompressed)
const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

export function addSourceKind(src: string): AddSource {
  if (GIT.test(src)) return 'git';
  if (/^https?:\/\//i.test(src)) return 'url';
  if (TAR.test(src)) return 'tar';
  return 'local';
}

export function copyFacts(model: DockerfileModel, inst: Instruction, keyword: 'COPY' | 'ADD', paths: string[]): string[] {
  const sources = paths.slice(0, -1);
  const dest = paths[paths.length - 1];
  const where = destination(model, inst, dest);
  const full = model.text.slice(model.lines.offsetAt(inst.getRange().start), model.lines.offsetAt(inst.getRange().end));
  const unpackOff = /--unpack=false\b/.test(full);
  const fromStage = /(^|\s)--from=/.test(full);
  if (keyword === 'COPY' || fromStage) {
    const what = sources.length === 1 && sources[0] === '.' && !fromStage
      ? 'The whole build context (the folder given to `docker build`, minus what `.dockerignore` leaves out)'
      : sources.map(p => code(p)).join(', ');
    return [`${keyword === 'COPY' ? 'Copies' : 'Adds'} ${what} into ${where}.`];
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

/** "`/app/`" or "`.` (that is `/app`, the `WORKDIR` of line 4)". */
function destination(model: DockerfileModel, inst: Instruction, dest: string): string {
  if (dest.startsWith('/') || /^[A-Za-z]:[\\/]/.test(dest) || dest.includes('$')) return code(dest);
  const wd = workdirAt(model, inst);
  if (!wd || !wd.path.startsWith('/')) return `${code(dest)}, relative to the working folder`;
  const joined = joinPosix(wd.path, dest);
  return `${code(dest)}, that is ${code(joined)} (relative to the \`WORKDIR\` on line ${wd.line})`;
}

function joinPosix(base: string, rel: string): string {
  const out: string[] = [];
  for (const part of `${base}/${rel}`.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop(); else out.push(part);
  }
  return '/' + out.join('/') + (rel.endsWith('/') && out.length ? '/' : '');
}
