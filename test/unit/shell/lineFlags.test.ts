// SPDX-License-Identifier: MIT
// Issue 22 (audit 2026-12-06, C5, H3, H4): a command hover lists every flag of its line, does not advise
// adding a flag the line already has, and says where a pushed build goes; `system prune` offers and
// explains its flags.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { completeShell, explainShell } from '../../../src/core/index';
import { composeCommands } from '../../../src/core/knowledge/dockerCliCompose';
import { dockerCommands, type CliCommandDoc } from '../../../src/core/knowledge/dockerCliCommands';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const hover = (line: string, character = 1) => explainShell(line, { line: 0, character })?.markdown ?? '';
const flagLine = (md: string) => /- Flags: (.*)\. Hover each one/.exec(md)?.[1] ?? '';

describe('issue 22: docker system prune (C5)', () => {
  it('-a also removes all build cache; --volumes and -f are offered and explained', () => {
    const items = completeShell('docker system prune -', { line: 0, character: 21 });
    const doc = (label: string) => items.find(i => i.label === label)?.documentation ?? '';
    assert.match(doc('-a'), /whole build cache/);
    assert.match(doc('--volumes'), /anonymous volumes/);
    assert.match(doc('-f'), /Skips the "Are you sure\?" question/);
  });

  it('with -f the hover no longer says it asks first', () => {
    assert.match(hover('docker system prune -a'), /It asks before deleting/);
    assert.doesNotMatch(hover('docker system prune -af --volumes'), /It asks before deleting/);
    assert.match(hover('docker system prune -af --volumes'), /Flags: `-af`, `--volumes`/);
  });
});

describe('issue 22: buildx build --push (H3)', () => {
  const line = 'docker buildx build --platform linux/amd64,linux/arm64 -t me/app:2 --push .';

  it('says the result goes to the registry and is not loaded locally', () => {
    const md = hover(line);
    assert.match(md, /pushes it to that registry \(`--push`\)/);
    assert.match(md, /not loaded into your local images, so `docker run me\/app:2` pulls it back from the registry/);
    assert.doesNotMatch(md, /so `docker run me\/app:2` starts it/);
    assert.match(flagLine(md), /`--push`/);
  });

  it('the --push flag has its own hover', () => {
    assert.match(hover(line, line.indexOf('--push') + 2), /Pushes the result to the registry/);
  });

  it('a plain single-platform build still says docker run starts it', () => {
    assert.match(hover('docker build -t app:1 .'), /Names the result `app:1`, so `docker run app:1` starts it/);
  });
});

describe('issue 22: the hover follows the line\'s flags (H4)', () => {
  it('compose run --service-ports: listed, and no advice to add it', () => {
    const md = hover('docker compose run --rm --service-ports web npm test');
    assert.match(flagLine(md), /^`--rm`, `--service-ports`$/);
    assert.doesNotMatch(md, /unless you add `--service-ports`/);
    assert.match(hover('docker compose run --rm web npm test'), /unless you add `--service-ports`/);
  });

  it('compose up --remove-orphans is listed and explained', () => {
    const line = 'docker compose up -d --remove-orphans';
    assert.match(flagLine(hover(line)), /`--remove-orphans`/);
    assert.match(hover(line, line.indexOf('--remove') + 3), /no longer in the Compose file/);
  });

  it('a flag with no explanation of its own is still listed', () => {
    assert.match(flagLine(hover('docker run --rm --init nginx:1.27')), /^`--rm`, `--init`$/);
  });

  it('class: every line advice disappears when the line has one of its flags', () => {
    const docs: [string, CliCommandDoc][] = [
      ...Object.entries(dockerCommands).map(([k, d]): [string, CliCommandDoc] => [`docker ${k}`, d]),
      ...Object.entries(composeCommands).map(([k, d]): [string, CliCommandDoc] => [`docker compose ${k}`, d]),
    ];
    let checked = 0;
    for (const [prefix, doc] of docs) {
      for (const advice of doc.lineAdvice ?? []) {
        for (const flag of advice.unlessFlags) {
          const md = hover(`${prefix} ${flag}${flag === '--publish' ? ' 80:80' : ''} x`);
          assert.ok(!md.includes(advice.text), `${prefix} ${flag}`);
          checked++;
        }
        assert.ok(hover(`${prefix} x`).includes(advice.text), `${prefix} without the flag`);
      }
    }
    assert.ok(checked >= 3);
  });

  it('class: no Flags summary of a docker line in the samples or the notes drops a flag word', () => {
    // No existsSync filter: a renamed sample fails here instead of dropping out of the check (audit 1.7).
    const files = ['samples/scripts/build.sh', 'samples/scripts/run.sh', 'samples/notes/week1.md', 'samples/README.md'].map(f => path.join(repoRoot, f));
    const lines = [
      ...files.flatMap(f => fs.readFileSync(f, 'utf8').split('\n')),
      'docker buildx build --platform linux/amd64,linux/arm64 -t me/app:2 --push .',
      'docker compose run --rm --service-ports web npm test',
      'docker compose up --build -d --remove-orphans',
      'docker run -d --init --read-only -p 8080:80 nginx:1.27',
    ].map(l => l.trim()).filter(l => /^(sudo\s+)?docker(-compose)?\s/.test(l) && !l.includes('\\'));
    let checked = 0;
    for (const line of lines) {
      const md = hover(line.replace(/^sudo\s+/, ''));
      const listed = flagLine(md);
      if (!md) continue;
      // Flag words before the first plain word after the subcommand: the ones docker itself reads.
      const words = line.replace(/^sudo\s+/, '').split(/\s+/);
      for (const w of words.filter(x => /^--?[A-Za-z]/.test(x))) {
        if (words.indexOf(w) > words.findIndex((x, i) => i > 2 && !x.startsWith('-') && !/^-/.test(words[i - 1] ?? '') )) continue;
        assert.ok(listed.includes(w.split('=')[0]), `${line}: ${w} missing from "${listed}"`);
        checked++;
      }
    }
    assert.ok(checked > 5, `only ${checked} flags checked`);
  });
});
