// SPDX-License-Identifier: MIT
// Hovers every instruction keyword, flag and variable reference in the real Dockerfiles of
// ../shared/corpus/dockerfile, and reports the fraction answered. Skips when the corpus is absent.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser, type Flag, type Instruction, type Onbuild } from 'dockerfile-ast';
import { explainDockerfile, type Position } from '../../../src/core/index';
import { dockerfileExplainerFailures } from '../../../src/core/dockerfile/hover';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'dockerfile');

interface Target { kind: 'keyword' | 'flag' | 'variable'; pos: Position; expect: string; where: string }

/** Everything to hover in one file, found with dockerfile-ast's own API (independent of our scanner). */
function targetsOf(file: string, text: string): Target[] {
  const targets: Target[] = [];
  const add = (inst: Instruction) => {
    const at = (kind: Target['kind'], pos: Position, expect: string) =>
      targets.push({ kind, pos, expect, where: `${path.basename(file)}:${pos.line + 1}:${pos.character + 1}` });
    at('keyword', inst.getInstructionRange().start, inst.getKeyword());
    const flags = (inst as Instruction & { getFlags?: () => Flag[] }).getFlags?.() ?? [];
    for (const f of flags) at('flag', f.getNameRange().start, f.getName());
    // dockerfile-ast also reports `$(command)` and `$1` as nameless variables; those are shell syntax, not variables.
    for (const v of inst.getVariables()) if (/^[A-Za-z_]\w*$/.test(v.getName())) at('variable', v.getNameRange().start, v.getName());
  };
  for (const inst of DockerfileParser.parse(text).getInstructions()) {
    add(inst);
    const trigger = inst.getKeyword() === 'ONBUILD' ? (inst as Onbuild).getTriggerInstruction() : null;
    if (trigger) {
      const flags = (trigger as Instruction & { getFlags?: () => Flag[] }).getFlags?.() ?? [];
      for (const f of flags) targets.push({ kind: 'flag', pos: f.getNameRange().start, expect: f.getName(), where: `${path.basename(file)}:${f.getNameRange().start.line + 1}` });
    }
  }
  return targets;
}

describe('explainDockerfile over the real-world corpus', function () {
  this.timeout(120000);

  it('answers every keyword, flag and variable reference without throwing', function () {
    if (!fs.existsSync(corpus)) {
      console.log(`    corpus not found at ${corpus}: skipping the corpus run`);
      this.skip();
    }
    const files = fs.readdirSync(corpus).map(f => path.join(corpus, f)).filter(f => fs.statSync(f).isFile());
    const failuresBefore = dockerfileExplainerFailures();
    const counts = { keyword: [0, 0], flag: [0, 0], variable: [0, 0] };
    const missed: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const t of targetsOf(file, text)) {
        const hover = explainDockerfile(text, t.pos);
        const title = hover?.markdown.split('\n')[0] ?? '';
        const ok = !!hover && title.toLowerCase().includes(t.expect.toLowerCase());
        counts[t.kind][1]++;
        if (ok) counts[t.kind][0]++; else missed.push(`${t.kind} ${t.expect} at ${t.where}: ${title || 'no hover'}`);
      }
    }
    const answered = counts.keyword[0] + counts.flag[0] + counts.variable[0];
    const total = counts.keyword[1] + counts.flag[1] + counts.variable[1];
    console.log(`    corpus: ${files.length} Dockerfiles; answered ${answered}/${total} (${(100 * answered / total).toFixed(2)}%): ` +
      `keywords ${counts.keyword.join('/')}, flags ${counts.flag.join('/')}, variables ${counts.variable.join('/')}`);
    for (const m of missed.slice(0, 20)) console.log(`      missed ${m}`);
    assert.strictEqual(dockerfileExplainerFailures() - failuresBefore, 0, 'an explainer threw');
    assert.ok(total > 0);
    assert.deepStrictEqual(missed, []);
  });
});
