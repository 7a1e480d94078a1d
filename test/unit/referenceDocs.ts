// SPDX-License-Identifier: MIT
// Expected values read from Docker's own reference docs in ../shared/reference (issue 30), so a test compares
// the code with an independent source instead of with the table the code reads. Found the way corpusGuards.ts
// finds the corpus: `../shared` next to the repository; undefined when absent, and the caller says so.
import * as fs from 'fs';
import * as path from 'path';

/** `../shared/reference/<rest>` next to the repository, or undefined when it is not there. */
export function referenceFile(repoRoot: string, ...rest: string[]): string | undefined {
  const file = path.resolve(repoRoot, '..', 'shared', 'reference', ...rest);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Each instruction of the Dockerfile reference (its `## NAME` sections) → the flags it documents: the rows
 * of its options table (`| [\`--mount\`](#run---mount) | 1.2 |`), or, where a section has no table, the
 * flags of its syntax line (`FROM [--platform=<platform>] <image>`) and of its option list
 * (`- \`--interval=DURATION\` (default: \`30s\`)`). Instructions without flags map to [].
 */
export function dockerfileReferenceFlags(repoRoot: string): Map<string, string[]> | undefined {
  const file = referenceFile(repoRoot, 'buildkit-dockerfile-docs', 'reference.md');
  if (!file) return undefined;
  const flags = new Map<string, string[]>();
  for (const section of fs.readFileSync(file, 'utf8').split(/^(?=## )/m)) {
    const name = /^## ([A-Z]+)(?: \(deprecated\))?\s*$/m.exec(section)?.[1];
    if (!name) continue;
    // Only the section's own text: its `### Example` subsections show flags of other commands too.
    const own = section.split(/^### /m)[0];
    const table = [...own.matchAll(/^\| \[`(--[a-z-]+)`\]/gm)].map(m => m[1]);
    const syntax = [...own.matchAll(new RegExp(`^${name} \\[(--[a-z-]+)=`, 'gm'))].map(m => m[1]);
    const listed = [...own.matchAll(/^- `(--[a-z-]+)=/gm)].map(m => m[1]);
    flags.set(name, [...new Set(table.length ? table : [...syntax, ...listed])]);
  }
  return flags;
}

/**
 * Each `### RUN --mount=type=<type>` section of the Dockerfile reference → the options of its table, by the
 * first name of each row (`target`, `dst`, `destination` is one option: `target`; the others are aliases).
 */
export function dockerfileReferenceMounts(repoRoot: string): Map<string, string[]> | undefined {
  const file = referenceFile(repoRoot, 'buildkit-dockerfile-docs', 'reference.md');
  if (!file) return undefined;
  const mounts = new Map<string, string[]>();
  for (const section of fs.readFileSync(file, 'utf8').split(/^(?=#{2,3} )/m)) {
    const type = /^### RUN --mount=type=([a-z]+)\s*$/m.exec(section)?.[1];
    if (type) mounts.set(type, [...section.matchAll(/^\| `([a-z]+)`/gm)].map(m => m[1]));
  }
  return mounts;
}
