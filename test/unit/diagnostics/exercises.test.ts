// SPDX-License-Identifier: MIT
// The exercise files in samples/exercises show every mistake they claim to plant (issue 22, item 5): each
// ends with an answer key (`Code \`word\``, ...), and each entry must be a Problem of that code on a line of
// the file that holds the word. The files are checked the way the editor checks them (checkDocument with the
// disk), so a file name or a missing sibling that silences a rule shows up here. Their headers must be true.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, composeGraph, composeWalkthrough, type Diagnostic } from '../../../src/core/index';
import { nodeDisk } from '../../../src/worker/disk';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const folder = path.join(repoRoot, 'samples', 'exercises');

/** The answer key: the comment lines from `# Answer key` to the end, as [code, word] pairs. */
function answerKey(text: string): [string, string][] {
  const at = text.indexOf('# Answer key');
  assert.ok(at >= 0, 'the exercise has an answer key');
  const key = text.slice(text.indexOf('\n', at)).split('\n').filter(l => l.startsWith('#')).join(' ');
  return [...key.matchAll(/([A-Z][A-Za-z]+) `([^`]+)`/g)].map(m => [m[1], m[2]]);
}

async function problemsOf(file: string, text: string): Promise<Diagnostic[]> {
  const kind = /Dockerfile/.test(path.basename(file)) ? 'dockerfile' : 'compose';
  return checkDocument(kind, text, { path: file, workspaceFolder: path.join(repoRoot, 'samples') }, () => undefined, nodeDisk);
}

describe('the exercises in samples/exercises', () => {
  const files = fs.readdirSync(folder).filter(f => /mistakes/.test(f)).map(f => path.join(folder, f));

  it('are there: one Dockerfile and one compose file', () => {
    assert.deepStrictEqual(files.map(f => path.basename(f)).sort(), ['Dockerfile.mistakes', 'compose.mistakes.yaml']);
  });

  for (const file of files) {
    it(`${path.basename(file)} shows every planted mistake of its answer key as a Problem`, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const key = answerKey(text);
      assert.ok(key.length >= 5, `a key of ${key.length} entries`);
      const problems = await problemsOf(file, text);
      for (const [code, word] of key) {
        const found = problems.find(d => d.code === code && !lines[d.range.start.line].trimStart().startsWith('#') && lines[d.range.start.line].includes(word));
        assert.ok(found, `${code} on a line with \`${word}\`; the Problems are:\n${problems.map(d => `${d.range.start.line + 1} ${d.code}: ${d.message}`).join('\n')}`);
      }
    });
  }

  it('compose.mistakes.yaml: its header says Compose refuses it, and the walk-through agrees', async () => {
    const file = path.join(folder, 'compose.mistakes.yaml');
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text.split('\n').slice(0, 3).join(' '), /Compose refuses to start this file until its mistakes are fixed/);
    const problems = await problemsOf(file, text);
    assert.ok(problems.some(d => d.severity === 'error'), 'an error-level Problem: the reason Compose refuses');
    const steps = composeWalkthrough(composeGraph(text, { path: file }), { problems });
    assert.match(steps[0].text, /^Compose refuses to start anything/);
  });

  it('headers promise a light bulb only where a fix exists, and the answer key is where they say', () => {
    for (const file of files) {
      const header = fs.readFileSync(file, 'utf8').split('\n').slice(0, 3).map(l => l.replace(/^#\s*/, '')).join(' ');
      assert.match(header, /light bulb \(Ctrl\+\.\)\s+where it offers a fix/, path.basename(file));
      assert.match(header, /Answer key at the end/, path.basename(file));
      assert.doesNotMatch(header, /this (Dockerfile|file) works|starts this file/, path.basename(file));
    }
  });
});
