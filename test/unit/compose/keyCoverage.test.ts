// SPDX-License-Identifier: MIT
// Every key path of the Compose Specification (generated into test/fixtures by scripts/genComposePaths.mjs)
// has its own explanation, and hovering that key in a file shows it.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { composeKeys } from '../../../src/core/knowledge/composeKeys';
import { explainCompose } from '../../../src/core/compose/hover';
import { needOrSkip } from '../../needs';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const specPaths: string[] = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'compose-key-paths.json'), 'utf8'));

const servicesChapter = path.resolve(repoRoot, '..', 'shared', 'reference', 'compose-spec-docs', '05-services.md');

/** Service keys the chapter documents with a `## key` section but the schema lacks, with the `- \`child\`:` keys listed there. */
function chapterOnlyPaths(): string[] {
  if (!fs.existsSync(servicesChapter)) return ['services/*/pre_start', ...['command', 'image', 'user', 'privileged', 'working_dir', 'environment', 'per_replica'].map(k => `services/*/pre_start/${k}`)];
  const out: string[] = [];
  for (const section of fs.readFileSync(servicesChapter, 'utf8').split(/^(?=## )/m)) {
    const m = /^## ([a-z_]+)\s*$/m.exec(section);
    if (!m || specPaths.includes(`services/*/${m[1]}`)) continue;
    out.push(`services/*/${m[1]}`, ...[...section.matchAll(/^- `([a-z_]+)`:/gm)].map(c => `services/*/${m[1]}/${c[1]}`));
  }
  return out;
}

/** A minimal file where `specPath` stands, every `*` filled with a name; returns text and the key's line. */
function fileFor(specPath: string): { text: string; line: number; column: number } {
  const parts = specPath.split('/').map((p, i) => (p === '*' ? `name${i}` : p));
  const lines = parts.map((p, i) => `${'  '.repeat(i)}${p}:`);
  return { text: lines.join('\n') + '\n', line: parts.length - 1, column: 2 * (parts.length - 1) + 1 };
}

describe('compose key coverage', () => {
  it('the fixture lists the schema\'s 344 key paths', () => {
    assert.strictEqual(specPaths.length, 344);
    assert.strictEqual(new Set(specPaths.map(p => p.split('/').pop())).size, 220);
  });

  // The fixture is generated: made again from the schema the product vendors, it must come out the same, so a
  // schema update cannot leave new keys without an explanation test (audit 6.1).
  it('regenerating the fixture from the vendored schema gives the same paths', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dc-paths-')), 'paths.json');
    try {
      const schema = path.join(repoRoot, 'src', 'core', 'knowledge', 'compose-spec', 'compose-spec.json');
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'genComposePaths.mjs'), schema, out], { encoding: 'utf8' });
      assert.deepStrictEqual(JSON.parse(fs.readFileSync(out, 'utf8')), specPaths);
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('every spec key path has an explanation, and nothing else does', () => {
    const missing = specPaths.filter(p => !composeKeys[p]);
    assert.deepStrictEqual(missing, []);
    const extra = Object.keys(composeKeys).filter(p => !specPaths.includes(p) && !chapterOnlyPaths().includes(p));
    assert.deepStrictEqual(extra, []);
  });

  // Issue 11: `pre_start` is documented in the services chapter but missing from the bundled schema.
  it('knows every service key the spec chapter documents, with the keys of each chapter-only section', function () {
    needOrSkip(this, 'the services chapter check', fs.existsSync(servicesChapter) ? undefined : `${servicesChapter} is missing (../shared/reference next to the repository)`);
    const headings = [...fs.readFileSync(servicesChapter, 'utf8').matchAll(/^## ([a-z_]+)\s*$/gm)].map(m => `services/*/${m[1]}`);
    assert.deepStrictEqual(headings.filter(p => !composeKeys[p]), []);
    assert.ok(chapterOnlyPaths().includes('services/*/pre_start/per_replica'));
    assert.deepStrictEqual(chapterOnlyPaths().filter(p => !composeKeys[p]), []);
    const md = explainCompose('services:\n  app:\n    pre_start:\n      - image: busybox\n', { line: 2, character: 6 })!.markdown;
    assert.doesNotMatch(md, /not a Compose key/);
    assert.match(md, /own short-lived container/);
    assert.doesNotMatch(explainCompose('services:\n  app:\n    pre_start:\n      - image: busybox\n', { line: 3, character: 9 })!.markdown, /not a Compose key/);
  });

  it('every explanation is its own text, with a docs.docker.com Compose reference link', () => {
    const seen = new Map<string, string>();
    for (const p of specPaths) {
      const doc = composeKeys[p];
      assert.ok(doc.what.length >= 20 && doc.what.length <= 300, `${p}: ${doc.what.length} chars`);
      assert.match(doc.docsUrl, /^https:\/\/docs\.docker\.com\/reference\/compose-file\//, p);
      assert.ok(!seen.has(doc.what), `${p} repeats the text of ${seen.get(doc.what)}`);
      seen.set(doc.what, p);
      // A templated sentence that only restates the key's name is not an explanation.
      const name = p.split('/').pop() as string;
      assert.doesNotMatch(doc.what, new RegExp(`^The \`?${name}\`? (setting|option|key|attribute) of`, 'i'), p);
    }
  });

  it('hovering each key where it stands shows its explanation (100% of spec paths)', () => {
    let answered = 0;
    for (const p of specPaths) {
      const { text, line, column } = fileFor(p);
      const hover = explainCompose(text, { line, character: column });
      if (hover?.markdown.includes(composeKeys[p].what)) answered++;
      else assert.fail(`${p}: ${hover?.markdown ?? 'no hover'}`);
    }
    assert.strictEqual(answered, specPaths.length);
  });

  it('`driver` means something different under networks, volumes, logging, ipam, secrets, configs and devices', () => {
    const places = [
      'networks/*/driver', 'volumes/*/driver', 'services/*/logging/driver', 'networks/*/ipam/driver',
      'secrets/*/driver', 'configs/*/template_driver', 'secrets/*/template_driver',
      'services/*/gpus/driver', 'services/*/deploy/resources/reservations/devices/driver',
    ];
    const hovers = places.map(p => {
      const { text, line, column } = fileFor(p);
      return explainCompose(text, { line, character: column })?.markdown ?? '';
    });
    assert.strictEqual(new Set(hovers).size, places.length);
    assert.match(hovers[0], /bridge/);
    assert.match(hovers[0], /overlay/);
    assert.match(hovers[1], /local/);
    assert.match(hovers[1], /plugin/);
    assert.match(hovers[2], /json-file/);
    assert.match(hovers[2], /syslog/);
    assert.match(hovers[3], /IP address/);
    assert.match(hovers[4], /secrets-store/);
    assert.match(hovers[5], /template/);
  });
});
