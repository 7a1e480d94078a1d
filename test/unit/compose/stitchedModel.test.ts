// SPDX-License-Identifier: MIT
// Issue 29: the problems pass after an edit in a compose file parses only the service that changed, and
// reuses the parses of the others (counted, never timed). Its answers equal those of a whole-file parse,
// after every edit of long chains of random edits, down to the range of every YAML node.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { checkDocument, composeDiagnostics } from '../../../src/core/index';
import { composeNavigation } from '../../../src/core/navigation/service';
import { composeModel, composeParseCount, parseCompose } from '../../../src/core/compose/composeDocument';
import { forgetStitchedParts, stitchCounts, stitchedComposeModel } from '../../../src/core/compose/stitchedModel';
import { chainOfEdits } from '../../../bench/chain';
import { generatedCompose, seededRandom } from '../../../bench/generate';
import { corpusDir } from '../corpusGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const file = { path: '/work/app/compose.yaml', workspaceFolder: '/work/app' };

/** The problems worked out from a whole-file parse of `text` (cached first, so the pass reads it). */
function fromWholeParse(text: string) {
  composeModel(text);
  return composeDiagnostics(text, { file });
}

/** Differences between two YAML trees: kinds, values, and the offsets of every node. */
function treeDifferences(a: unknown, b: unknown, where = '', out: string[] = []): string[] {
  if (out.length > 3) return out;
  const x = a as Node | null | undefined, y = b as Node | null | undefined;
  if (!x || !y) {
    if (!x !== !y) out.push(`${where}: one side has no node`);
    return out;
  }
  if (x.constructor !== y.constructor || String(x.range) !== String(y.range)) out.push(`${where}: ${x.constructor.name} ${String(x.range)} vs ${y.constructor.name} ${String(y.range)}`);
  if (isScalar(x) && isScalar(y) && (x.value !== y.value || x.type !== y.type)) out.push(`${where}: ${String(x.value)} vs ${String(y.value)}`);
  if (isMap(x) && isMap(y)) {
    if (x.items.length !== y.items.length) out.push(`${where}: ${x.items.length} vs ${y.items.length} pairs`);
    x.items.forEach((p, i) => { treeDifferences(p.key, y.items[i]?.key, `${where}/key ${i}`, out); treeDifferences(p.value, y.items[i]?.value, `${where}/${String((p.key as { value?: unknown })?.value)}`, out); });
  }
  if (isSeq(x) && isSeq(y)) {
    if (x.items.length !== y.items.length) out.push(`${where}: ${x.items.length} vs ${y.items.length} items`);
    x.items.forEach((it, i) => treeDifferences(it, y.items[i], `${where}/${i}`, out));
  }
  return out;
}

/** A generated file where two services get a problem each (so that moved findings can be seen moving). */
function withProblems(services: number): string {
  return generatedCompose(services).replace('  svc5:\n', '  svc5:\n    privileged: true\n').replace('  svc30:\n', '  svc30:\n    privileged: true\n');
}

describe('compose problems after an edit: one service parsed, the others reused (counted)', () => {
  it('parses only the edited service, and the findings below it move with their lines', () => {
    forgetStitchedParts();
    let text = withProblems(40);
    const first = composeDiagnostics(text, { file });
    assert.strictEqual(first.filter(d => d.code === 'PrivilegedService').length, 2, 'the two services with privileged: true are reported');
    const line30 = first.find(d => d.code === 'PrivilegedService' && d.range.start.line > 200)!.range.start.line;

    // One character typed inside svc11's image: svc11 alone is parsed again; no whole-file parse.
    text = text.replace('app11:1.1', 'app11:1.12');
    let before = { ...stitchCounts(), whole: composeParseCount() };
    let problems = composeDiagnostics(text, { file });
    assert.deepStrictEqual({ parts: stitchCounts().partParses - before.partParses, stitches: stitchCounts().stitches - before.stitches, whole: composeParseCount() - before.whole }, { parts: 1, stitches: 1, whole: 0 });
    assert.deepStrictEqual(problems, fromWholeParse(text));

    // Two lines added inside svc10: the services below move down two lines, and are not parsed again.
    text = text.replace('      - "10010:80"\n', '      - "10010:80"\n      - "9010:90"\n      - "9011:91"\n');
    before = { ...stitchCounts(), whole: composeParseCount() };
    problems = composeDiagnostics(text, { file });
    assert.deepStrictEqual({ parts: stitchCounts().partParses - before.partParses, whole: composeParseCount() - before.whole }, { parts: 1, whole: 0 });
    assert.ok(problems.some(d => d.code === 'PrivilegedService' && d.range.start.line === line30 + 2), 'svc30\'s finding is two lines lower');
    assert.deepStrictEqual(problems, fromWholeParse(text));
  });

  it('the whole check the editors run (checkDocument: the paths to look up, then the rules) parses only the edited service', async () => {
    forgetStitchedParts();
    const disk = { readText: async () => undefined, kindOf: async () => 'missing' as const };
    let text = withProblems(40);
    await checkDocument('compose', text, file, () => undefined, disk);
    text = text.replace('app21:1.1', 'app21:1.12');
    const before = { ...stitchCounts(), whole: composeParseCount() };
    const problems = await checkDocument('compose', text, file, () => undefined, disk);
    // The paths it looks up on disk first (build contexts, env files) read the same model from parts.
    assert.deepStrictEqual({ parts: stitchCounts().partParses - before.partParses, whole: composeParseCount() - before.whole }, { parts: 1, whole: 0 });
    assert.ok(problems.some(d => d.code === 'PrivilegedService'), 'the rules ran');
  });

  it('outline, folding, links and names after an edit read the same model from parts: no whole-file parse', () => {
    forgetStitchedParts();
    let text = withProblems(60);
    composeDiagnostics(text, { file });
    text = text.replace('app41:1.1', 'app41:1.12');
    const at = { line: text.split('\n').indexOf('  svc41:'), character: 4 };
    const before = { ...stitchCounts(), whole: composeParseCount() };
    const ask = (t: string) => ({
      symbols: composeNavigation.symbols(t), folding: composeNavigation.folding(t), links: composeNavigation.links(t, {}),
      references: composeNavigation.references(t, at, true), rename: composeNavigation.rename(t, at, 'svc41b'),
    });
    const fromParts = ask(text);
    assert.deepStrictEqual({ parts: stitchCounts().partParses - before.partParses, stitches: stitchCounts().stitches - before.stitches, whole: composeParseCount() - before.whole },
      { parts: 1, stitches: 1, whole: 0 }, 'only the edited service is parsed, once, and the model put together once, for five queries');
    composeModel(text);
    assert.deepStrictEqual(fromParts, ask(text), 'the same answers as from a whole-file parse');
    assert.ok(fromParts.symbols.length > 0 && fromParts.references.length > 0, 'the queries found something to compare');
  });

  it('parses the file whole while a service holds a YAML error', () => {
    forgetStitchedParts();
    let text = withProblems(20);
    composeDiagnostics(text, { file });
    text = text.replace('    image: registry.example.com/team/app3:1.3\n', '    image: registry.example.com/team/app3:1.3\n        oops: x\n');
    const before = composeParseCount();
    assert.strictEqual(stitchedComposeModel(text), undefined, 'no model from parts while one part is broken');
    const problems = composeDiagnostics(text, { file });
    assert.strictEqual(composeParseCount() - before, 1, 'one whole-file parse');
    assert.ok(problems.some(d => d.code === 'YamlSyntax'), 'the YAML error is reported');
  });

  it('leaves files the outline cannot cut to the whole parse', () => {
    const text = 'x-common: &common\n  restart: always\nservices:\n  web:\n    <<: *common\n    image: nginx\n';
    assert.strictEqual(stitchedComposeModel(text), undefined, 'anchors tie parts together');
  });
});

describe('compose problems, outline and folding after chains of random edits equal a whole-file parse', function () {
  this.timeout(300_000);

  /** Follows `edits` from `start`; after each, the model from parts and its problems equal a whole parse's. */
  function follow(name: string, start: string, versions: string[]): number {
    forgetStitchedParts();
    composeDiagnostics(start, { file });
    let stitched = 0;
    versions.forEach((text, i) => {
      const where = `${name}, edit ${i + 1}`;
      const before = stitchCounts().stitches;
      const problems = composeDiagnostics(text, { file });
      if (stitchCounts().stitches === before) return; // not cut into parts (the whole parse answered)
      stitched++;
      // Navigation reads the same model from parts (composeModelForPass) until the whole parse below is cached.
      const navigation = { symbols: composeNavigation.symbols(text), folding: composeNavigation.folding(text) };
      const model = stitchedComposeModel(text)!;
      assert.deepStrictEqual(treeDifferences(model.doc.contents, parseCompose(text).doc.contents), [], `${where}: the model from parts differs`);
      assert.deepStrictEqual(problems, fromWholeParse(text), `${where}: problems differ`);
      assert.deepStrictEqual(navigation, { symbols: composeNavigation.symbols(text), folding: composeNavigation.folding(text) }, `${where}: outline or folding differ`);
    });
    return stitched;
  }

  /** Versions made by the bench's typing chain: one letter or digit at a time inside words. */
  function typed(start: string, count: number, seed: number): string[] {
    const out: string[] = [];
    let text = start;
    for (const e of chainOfEdits(start, count, seed)) out.push(text = text.slice(0, e.offset) + e.char + text.slice(e.offset));
    return out;
  }

  /** Versions made by harsher edits: lines deleted, copied, indented; characters that break YAML. */
  function mangled(start: string, count: number, seed: number): string[] {
    const next = seededRandom(seed);
    const pieces = ['x', ' ', '\n', ':', '- ', '  ', '#', '"', 'image: a\n', '    ports:\n      - "80:80"\n', '  extra:\n    image: b\n', '\t'];
    const out: string[] = [];
    let text = start;
    for (let e = 0; e < count; e++) {
      const at = Math.floor(next() * (text.length + 1));
      text = next() < 0.6 ? text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 12));
      out.push(text);
    }
    return out;
  }

  it('on a generated file and the samples, 200 edits in a row each', () => {
    const samples = path.join(repoRoot, 'samples');
    const files = fs.readdirSync(samples).filter(f => /compose.*\.ya?ml$/.test(f)).map(f => ({ name: `samples/${f}`, text: fs.readFileSync(path.join(samples, f), 'utf8') }));
    files.push({ name: 'generated 30 services', text: withProblems(30) });
    let stitched = 0;
    files.forEach((f, i) => {
      stitched += follow(`${f.name} (typed)`, f.text, typed(f.text, 200, 11 + i));
      stitched += follow(`${f.name} (mangled)`, f.text, mangled(f.text, 60, 23 + i));
    });
    // Typing inside `services` itself leaves a file with no services section: the whole parse answers then.
    assert.ok(stitched >= 200, `only ${stitched} problem passes were put together from parts`);
  });

  it('on every corpus compose file, 20 typed edits in a row each', function () {
    const corpus = corpusDir('compose', repoRoot);
    if (!corpus) {
      console.log('      ../shared/corpus is not there (nor DOCKER_COACH_CORPUS): this test needs it, so it is skipped');
      this.skip();
    }
    let stitched = 0;
    fs.readdirSync(corpus).filter(n => /\.ya?ml$/.test(n)).sort().forEach((f, i) => {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8');
      stitched += follow(`corpus/${f}`, text, typed(text, 20, 101 + i));
    });
    assert.ok(stitched > 1000, `only ${stitched} problem passes were put together from parts`);
  });
});
