// SPDX-License-Identifier: MIT
// Guard tests (issue 22, item 3): every quick fix that any rule offers, on every corpus file and
// sample, applied one at a time. After each fix, the problem it fixes is gone, no new error appears,
// the file still parses, and no edit lands after a `#` comment (where a shell or YAML ignores it).
// The corpus part skips, and says so, when ../shared/corpus is absent; the samples always run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser } from 'dockerfile-ast';
import { parseDocument } from 'yaml';
import { composeDiagnostics, dockerfileDiagnostics, LineIndex, type Diagnostic } from '../../../src/core/index';
import { applyFix } from './applyFix';
import { allRulesOn, countBy, editsAfterComment, guardFiles, mapOffset, misspeltKeyVariants, misspeltStageVariants, withTrailingComments, type GuardFile } from './fixGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

function diagnose(file: GuardFile, text: string): Diagnostic[] {
  const options = { settings: allRulesOn, file: { path: file.path } };
  return file.kind === 'dockerfile' ? dockerfileDiagnostics(text, options) : composeDiagnostics(text, options);
}

// Every keyword the Dockerfile reference lists; a fix must not leave a line that is none of them.
const INSTRUCTIONS = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/** Why the text does not parse as well as `before` did, or undefined when it does. */
function parseProblem(kind: GuardFile['kind'], before: string, after: string): string | undefined {
  if (kind === 'compose') {
    const errors = parseDocument(after).errors;
    return errors.length > parseDocument(before).errors.length ? `YAML no longer parses: ${errors[0].message}` : undefined;
  }
  const keywords = (text: string) => DockerfileParser.parse(text).getInstructions().map(i => i.getKeyword());
  const unknown = keywords(after).filter(k => !INSTRUCTIONS.has(k)).length - keywords(before).filter(k => !INSTRUCTIONS.has(k)).length;
  if (unknown > 0) return 'the fix leaves a line that is not an instruction';
  const froms = (text: string) => keywords(text).filter(k => k === 'FROM').length;
  return froms(after) !== froms(before) ? 'the fix changes the number of stages' : undefined;
}

/** Applies each fix of `text` on its own and lists what went wrong; counts the fixes per code in `offered`. */
function checkEveryFix(file: GuardFile, text: string, offered: Map<string, number>): string[] {
  const failures: string[] = [];
  const found = diagnose(file, text);
  const errorsBefore = countBy(found, 'error');
  const lines = new LineIndex(text);
  for (const d of found) {
    for (const fix of d.fixes ?? []) {
      offered.set(d.code, (offered.get(d.code) ?? 0) + 1);
      const where = `${file.name}:${d.range.start.line + 1} ${d.code} "${fix.title}"`;
      const fixed = applyFix(text, fix);
      const after = diagnose(file, fixed);
      const at = new LineIndex(fixed).positionAt(mapOffset(text, fix, lines.offsetAt(d.range.start)));
      if (after.some(a => a.code === d.code && a.range.start.line === at.line && a.range.start.character === at.character)) {
        failures.push(`${where}: still reported after the fix`);
      }
      for (const [code, n] of countBy(after, 'error')) {
        if (n > (errorsBefore.get(code) ?? 0)) failures.push(`${where}: a new ${code} error appears`);
      }
      const parse = parseProblem(file.kind, text, fixed);
      if (parse) failures.push(`${where}: ${parse}`);
      for (const e of editsAfterComment(text, fix)) failures.push(`${where}: inserts after a # comment, ${e}`);
    }
  }
  return failures;
}

describe('quick-fix guards over the corpus and the samples (issue 22)', function () {
  this.timeout(600000);
  const { files, corpusFound } = guardFiles(repoRoot);

  before(function () {
    if (!corpusFound) console.log(`      ../shared/corpus is absent next to ${repoRoot}: only samples/ is checked`);
  });

  it('applies every fix of every rule: the problem goes, no new error comes, the file still parses', () => {
    const offered = new Map<string, number>();
    const failures = files.flatMap(file => checkEveryFix(file, fs.readFileSync(file.path, 'utf8'), offered));
    console.log(`      ${files.length} files, fixes offered: ${[...offered].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    assert.deepStrictEqual(failures, []);
    assert.ok(offered.size > 0, 'no fix was offered at all: the guard checked nothing');
  });

  it('does the same with a trailing `# note` on every RUN and value line: no edit lands after a comment', () => {
    const offered = new Map<string, number>();
    let variants = 0;
    const failures = files.flatMap(file => {
      const text = withTrailingComments(file.kind, fs.readFileSync(file.path, 'utf8'));
      if (text === undefined) return [];
      variants++;
      return checkEveryFix({ ...file, name: `${file.name} (with # notes)` }, text, offered);
    });
    console.log(`      ${variants} files with trailing comments, fixes offered: ${[...offered].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    assert.deepStrictEqual(failures, []);
    assert.ok(variants > 0 && offered.size > 0, 'no file could be marked: the guard checked nothing');
  });

  it('offers no name suggestion that creates another problem (misspelt stage names and compose keys)', () => {
    const offered = new Map<string, number>();
    let variants = 0;
    const failures = files.flatMap(file => {
      const text = fs.readFileSync(file.path, 'utf8');
      const mutated = file.kind === 'dockerfile' ? misspeltStageVariants(text) : misspeltKeyVariants(text);
      variants += mutated.length;
      return mutated.flatMap((t, i) => checkEveryFix({ ...file, name: `${file.name} (misspelt #${i + 1})` }, t, offered));
    });
    console.log(`      ${variants} misspelt variants, fixes offered: ${[...offered].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    assert.deepStrictEqual(failures, []);
    assert.ok((offered.get('CopyFromUnknownStage') ?? 0) > 0 && (offered.get('UnknownKey') ?? 0) > 0, 'no suggestion was offered: the guard checked nothing');
  });
});
