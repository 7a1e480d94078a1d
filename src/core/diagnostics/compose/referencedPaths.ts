// SPDX-License-Identifier: MIT
// The paths a compose file names (build contexts, dockerfiles, env files, secret and config files, extended
// and included compose files), resolved against the compose file, so the adapter can look them up on disk.
// Pure string work with Node's `path` (win32 rules for Windows paths): nothing here touches the disk.
import * as path from 'path';
import { isMap, isScalar, type Node } from 'yaml';
import { mapGet, sectionEntries, type ComposeModel } from '../../compose/composeDocument';
import { composeModelForPass } from '../../compose/stitchedModel';
import { isTooLarge } from '../../largeFile';
import type { FileContext } from '../../types';
import { itemsOf, scalarText, services, setting } from './nodes';
import { mainSiblings, overrideSiblings } from './serviceReferences';

/** The main files worth a look: only for a file whose own name `docker compose` does not read. */
const candidateMains = (filePath: string): string[] => (overrideSiblings(filePath).length ? [] : mainSiblings(filePath));

/** One path the file names: what it is, the node that names it, and where it resolves to. */
export interface PathUse {
  what: 'build context' | 'Dockerfile' | 'env file' | 'secret file' | 'config file' | 'included file' | 'extended file';
  written: string;
  absolute: string;
  node: Node;
  /**
   * Set for the Dockerfile a build reads without `dockerfile:` (`Dockerfile` in the context): the context folder
   * (resolved, and as written), and the other name that counts too (all lower-case `dockerfile`, which the builder also accepts).
   */
  implicit?: { context: string; contextWritten: string; alsoAccepted: string };
}

const isWindowsPath = (p: string): boolean => /^[A-Za-z]:[\\/]|^\\\\/.test(p);

/** Paths Compose fills in, or that are not local folders: a URL or git remote as build context, `~`. */
function checkable(p: string | undefined): p is string {
  return !!p && !p.includes('$') && !p.startsWith('~') && !/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(p);
}

function resolver(file: FileContext): (base: string, p: string) => string {
  const lib = isWindowsPath(file.path) ? path.win32 : path.posix;
  return (base, p) => lib.resolve(base, p);
}

/** Every checkable path the file names, resolved against the compose file's folder. */
export function pathUses(model: ComposeModel, file: FileContext): PathUse[] {
  const lib = isWindowsPath(file.path) ? path.win32 : path.posix;
  const resolve = resolver(file);
  const dir = lib.dirname(file.path);
  const out: PathUse[] = [];
  for (const svc of services(model)) {
    const build = setting(model, svc, 'build');
    if (build) {
      const ctxNode = isScalar(build) ? build : setting(model, build, 'context');
      const context = ctxNode ? scalarText(ctxNode) : '.';
      if (checkable(context)) {
        const contextAbs = resolve(dir, context);
        if (ctxNode) out.push({ what: 'build context', written: context, absolute: contextAbs, node: ctxNode });
        const df = isMap(build) && !setting(model, build, 'dockerfile_inline') ? setting(model, build, 'dockerfile') : undefined;
        const dfText = scalarText(df);
        if (df && checkable(dfText)) out.push({ what: 'Dockerfile', written: dfText, absolute: resolve(contextAbs, dfText), node: df });
        else if (!df && !(isMap(build) && setting(model, build, 'dockerfile_inline'))) {
          // No `dockerfile:`: Compose reads `Dockerfile` at the top of the context; the problem sits on the context's line.
          out.push({ what: 'Dockerfile', written: 'Dockerfile', absolute: resolve(contextAbs, 'Dockerfile'), node: ctxNode ?? build, implicit: { context: contextAbs, contextWritten: context, alsoAccepted: resolve(contextAbs, 'dockerfile') } });
        }
      }
    }
    const envFile = setting(model, svc, 'env_file');
    const entries = isScalar(envFile) ? [envFile] : itemsOf(model, envFile);
    for (const e of entries) {
      // `required: false` means Compose skips a missing file on purpose.
      const required = isMap(e) ? setting(model, e, 'required') : undefined;
      if (isScalar(required) && (required.value === false || required.value === 'false')) continue;
      const node = isScalar(e) ? e : setting(model, e, 'path');
      const text = scalarText(node);
      if (node && checkable(text)) out.push({ what: 'env file', written: text, absolute: resolve(dir, text), node });
    }
    // compose-go loader/extends.go reads `extends.file` ("cannot read …" when it is missing).
    const ext = setting(model, svc, 'extends');
    const extFile = isMap(ext) ? setting(model, ext, 'file') : undefined;
    const extText = scalarText(extFile);
    if (extFile && checkable(extText)) out.push({ what: 'extended file', written: extText, absolute: resolve(dir, extText), node: extFile });
  }
  // compose-go loader/include.go loads every `include:` path (a string, or `path:` as a string or a list).
  for (const entry of itemsOf(model, mapGet(model, model.doc.contents, 'include'))) {
    const named = isScalar(entry) ? [entry] : isMap(entry) ? [setting(model, entry, 'path')].flatMap(n => isScalar(n) ? [n] : itemsOf(model, n)) : [];
    for (const node of named) {
      const text = scalarText(node);
      if (node && checkable(text)) out.push({ what: 'included file', written: text, absolute: resolve(dir, text), node });
    }
  }
  for (const [section, what] of [['secrets', 'secret file'], ['configs', 'config file']] as const) {
    for (const pair of sectionEntries(model, section).values()) {
      const node = setting(model, pair.value as Node, 'file');
      const text = scalarText(node);
      if (node && checkable(text)) out.push({ what, written: text, absolute: resolve(dir, text), node });
    }
  }
  return out;
}

/** Absolute paths the adapter should stat before calling `composeDiagnostics` with `paths`. Never throws. */
export function composeReferencedPaths(text: string, file: FileContext, maxFileChars?: number): string[] {
  // Past the size limit there are no diagnostics, so no paths to look up: the file is not parsed for them.
  if (isTooLarge(text, maxFileChars)) return [];
  try {
    // The override files next to a default-named file too: names they define are not missing here. For a
    // file with another name, the main compose files next to it: without one, it is a project by itself.
    // The model the problems pass reads next: after an edit in one service, that service's part alone is parsed.
    return [...new Set([...pathUses(composeModelForPass(text), file).flatMap(u => [u.absolute, ...(u.implicit ? [u.implicit.alsoAccepted] : [])]), ...overrideSiblings(file.path), ...candidateMains(file.path)])];
  } catch {
    return [];
  }
}
