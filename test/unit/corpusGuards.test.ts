// SPDX-License-Identifier: MIT
// Issue 11's guards over the whole corpus: every word of every file is hovered, and each distinct hover
// must name no value borrowed from elsewhere, repeat no bullet, and agree with the hovers it pairs with.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { explainCompose, explainDockerfile, explainShell } from '../../src/core/index';
import { borrowedValues, corpusDir, corpusFiles, hoverEveryWord, repeatedBullets, type Explain, type FileHover } from './corpusGuards';
import { joinLines, positionOf } from './helpers';
import { needOrSkip } from '../needs';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Every distinct hover of every corpus file of one kind, computed once for all guards. */
const cache = new Map<string, { text: string; hovers: FileHover[] }[]>();
function corpusHovers(kind: 'dockerfile' | 'compose'): { text: string; hovers: FileHover[] }[] | undefined {
  const dir = corpusDir(kind, repoRoot);
  if (!dir) return undefined;
  let all = cache.get(kind);
  if (!all) {
    const explain: Explain = kind === 'dockerfile' ? explainDockerfile : explainCompose;
    all = corpusFiles(dir).map(f => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return { text, hovers: hoverEveryWord(f, text, explain).hovers };
    });
    cache.set(kind, all);
  }
  return all;
}

/**
 * The corpus hovers of one kind, or a skip that says why (a failure under CI, test/needs.ts). The corpus holds
 * 167 Dockerfiles and 128 compose files (../shared/corpus/SOURCES.tsv); a guard that read far fewer would pass
 * without looking, so at least 100 files must be there.
 */
function corpusOrSkip(ctx: Mocha.Context, kind: 'dockerfile' | 'compose'): { text: string; hovers: FileHover[] }[] {
  const all = corpusHovers(kind);
  needOrSkip(ctx, `corpus guards (${kind})`, all ? undefined : `../shared/corpus/${kind} is not here`);
  assert.ok(all!.length >= 100, `only ${all!.length} ${kind} files in the corpus`);
  return all!;
}

for (const kind of ['dockerfile', 'compose'] as const) {
  describe(`corpus guards: ${kind}`, function () {
    this.timeout(180_000);

    it('names no port, path, user, image, count or variable that is not in the file (borrowed values)', function () {
      const all = corpusOrSkip(this, kind);
      const found: string[] = [];
      for (const { text, hovers } of all) {
        for (const h of hovers) for (const b of borrowedValues(h.markdown, text)) found.push(`${h.file}:${h.pos.line + 1} ${b.value}: ${b.bullet.slice(0, 120)}`);
      }
      assert.deepStrictEqual(found.slice(0, 20), [], `${found.length} borrowed values`);
    });

    it('repeats no bullet within a hover', function () {
      const all = corpusOrSkip(this, kind);
      const found: string[] = [];
      for (const { hovers } of all) for (const h of hovers) for (const r of repeatedBullets(h.markdown)) found.push(`${h.file}:${h.pos.line + 1}: ${r.slice(0, 120)}`);
      assert.deepStrictEqual(found.slice(0, 20), [], `${found.length} repeated bullets`);
    });
  });
}

describe('corpus guards: hovers that must agree', function () {
  this.timeout(180_000);

  it('SHELL and every shell-form RUN/CMD/ENTRYPOINT after it name the same shell, in every corpus file', function () {
    const all = corpusOrSkip(this, 'dockerfile');
    const found: string[] = [];
    let compared = 0;
    for (const { text, hovers } of all) {
      const lines = text.split('\n');
      // The shell each SHELL hover announces, by its line; later keyword hovers must name the same one.
      const announced = new Map<number, string>();
      for (const h of hovers) {
        const m = /^`SHELL`[\s\S]*run through `([^`]+)`/.exec(h.markdown);
        if (m) announced.set(h.pos.line, m[1]);
      }
      if (!announced.size) continue;
      for (const h of hovers) {
        const m = /^`(RUN|CMD|ENTRYPOINT)`[\s\S]*?runs? through `([^`]+)`(?: \(set by `SHELL` on line (\d+)\))?/.exec(h.markdown);
        if (!m) continue;
        compared++;
        const setBy = m[3] ? Number(m[3]) - 1 : undefined;
        const before = [...announced.keys()].filter(l => l < h.pos.line);
        if (setBy !== undefined && announced.get(setBy) !== m[2]) found.push(`${h.file}:${h.pos.line + 1}: ${m[2]} vs SHELL line ${setBy + 1}: ${announced.get(setBy)}`);
        if (setBy === undefined && before.length && !/^\s*FROM/i.test(lines.slice(Math.max(...before), h.pos.line).join('\n').split('\n').slice(1).join('\n')) && !text.split('\n').slice(Math.max(...before), h.pos.line).some(l => /^\s*FROM\s/i.test(l))) {
          found.push(`${h.file}:${h.pos.line + 1}: default shell named after the SHELL on line ${Math.max(...before) + 1}`);
        }
      }
    }
    // The corpus has a dozen files with SHELL: a guard that compared nothing would pass on nothing.
    assert.ok(compared >= 10, `only ${compared} RUN/CMD/ENTRYPOINT hovers were compared with a SHELL`);
    assert.deepStrictEqual(found.slice(0, 20), []);
  });

  it('the compose and CLI restart policies say the same thing', () => {
    for (const policy of ['always', 'unless-stopped', 'on-failure:5', 'no']) {
      const yaml = explainCompose(joinLines('services:', '  a:', '    image: busybox:1', `    restart: "${policy}"`), { line: 3, character: 15 })!.markdown;
      const cli = explainShell(`docker run --restart ${policy} busybox:1`, positionOf(`docker run --restart ${policy} busybox:1`, '--restart'))!.markdown;
      if (policy === 'always') {
        for (const md of [yaml, cli]) assert.match(md, /stop (it yourself|by hand)[^.]*stays stopped until the Docker daemon restarts/, md);
      }
      if (policy === 'unless-stopped') for (const md of [yaml, cli]) assert.match(md, /stays stopped/);
      if (policy === 'on-failure:5') { assert.match(yaml, /at most 5/); assert.match(cli, /at most 5/); }
      if (policy === 'no') for (const md of [yaml, cli]) assert.match(md, /[Nn]ever restart/);
    }
  });

  it('the ports and network_mode hovers agree about network_mode: host', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    network_mode: host', '    ports:', '      - "8080:80"');
    const hovers = ['network_mode', 'ports', '8080:80'].map(n => explainCompose(text, positionOf(text, n))!.markdown);
    for (const md of hovers) assert.match(md, /port mapping must not be used with it/);
    const alone = joinLines('services:', '  web:', '    image: nginx:1.27', '    network_mode: host');
    assert.doesNotMatch(explainCompose(alone, positionOf(alone, 'network_mode'))!.markdown, /must not be used with it/);
  });
});
