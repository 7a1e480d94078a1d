// SPDX-License-Identifier: MIT
// Issue 26: go to definition, references and the outline after a one-character edit, ours against
// dockerfile-language-service's own computeDefinition, computeHighlightRanges (its nearest to references:
// every occurrence in the file) and computeSymbols, on the same edits and the same positions. Compose has
// no anchor in node_modules for these (compose-language-service offers links only), so its rows show ours.
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { documentServices } from '../src/core/index';
import { pct, timeAfterEdits } from './afterEditChecks';
import { generatedCompose, generatedDockerfile } from './generate';

type Pos = { line: number; character: number };
type Call = (text: string, p: Pos) => unknown;

/** Up to `max` positions on a name (`needle`), spread over the file: a stage or variable reference, a depends_on entry. */
function namePlaces(text: string, needle: RegExp, max: number): Pos[] {
  const lines = text.split('\n');
  const all: Pos[] = [];
  lines.forEach((l, line) => { const m = needle.exec(l); if (m) all.push({ line, character: m.index + m[0].length - 1 }); });
  const step = Math.max(1, Math.floor(all.length / max));
  return all.filter((_, i) => i % step === 0).slice(0, max);
}

/** The text with a space typed at the end of line `p.line`: the name at `p` stays where it is. */
function typed(text: string, p: Pos): string {
  let start = 0;
  for (let i = 0; i < p.line; i++) start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  const at = end < 0 ? text.length : end;
  return text[at - 1] === '\\' ? text : text.slice(0, at) + ' ' + text.slice(at);
}

export async function benchNavigation(): Promise<void> {
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  const doc = { uri: 'file:///bench/Dockerfile' };
  const df = documentServices.dockerfile.navigation!;
  const compose = documentServices.compose.navigation!;
  const dockerfiles: [string, string][] = [['1,000 lines', generatedDockerfile(1000)], ['10,000 lines', generatedDockerfile(10000)]];
  const rows: [string, string, RegExp, Call, Call | undefined, number][] = [];
  for (const [size, text] of dockerfiles) {
    const n = size.startsWith('1,000') ? 30 : 8;
    rows.push(
      [`definition of a stage (--from=), Dockerfile, ${size}`, text, /--from=st/, (t, p) => df.definition(t, p), (t, p) => service.computeDefinition(doc, t, p), n],
      [`definition of a variable (\${PORT}), Dockerfile, ${size}`, text, /EXPOSE \$\{P/, (t, p) => df.definition(t, p), (t, p) => service.computeDefinition(doc, t, p), n],
      [`references of a variable (\${PORT}), Dockerfile, ${size}`, text, /EXPOSE \$\{P/, (t, p) => df.references(t, p, true), (t, p) => service.computeHighlightRanges(t, p), n],
      [`references of a stage (--from=), Dockerfile, ${size}`, text, /--from=st/, (t, p) => df.references(t, p, true), (t, p) => service.computeHighlightRanges(t, p), n],
      [`symbols, Dockerfile, ${size}`, text, /^FROM /, t => df.symbols(t), t => service.computeSymbols(doc, t), n],
    );
  }
  const services = generatedCompose(1000);
  rows.push(
    ['definition (depends_on), compose, 1,000 services', services, / {6}svc\d/, (t, p) => compose.definition(t, p), undefined, 8],
    ['references (depends_on), compose, 1,000 services', services, / {6}svc\d/, (t, p) => compose.references(t, p, true), undefined, 8],
    ['symbols, compose, 1,000 services', services, /^ {2}svc\d/, t => compose.symbols(t), undefined, 8],
  );
  console.log('\n## Definition, references and symbols after a one-character edit (ms, ours / theirs; ratio = ours ÷ theirs, target ≤ 1.0)');
  console.log('Theirs: dockerfile-language-service computeDefinition, computeHighlightRanges (for references) and computeSymbols; none for compose.');
  console.log('| what | edits | p50 | p95 | ratio p50 / p95 |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, text, needle, ours, theirs, n] of rows) {
    const places = namePlaces(text, needle, n);
    const a = await timeAfterEdits(text, places, ours, typed);
    if (!theirs) {
      console.log(`| ${name} | ${places.length} | ${pct(a, 0.5).toFixed(2)} / — | ${pct(a, 0.95).toFixed(2)} / — | — |`);
      continue;
    }
    const b = await timeAfterEdits(text, places, theirs, typed);
    const r = (q: number) => pct(a, q) / Math.max(pct(b, q), 1e-6);
    const met = (x: number) => `${x.toFixed(2)}${x <= 1 ? '' : ' (not met)'}`;
    console.log(`| ${name} | ${places.length} | ${pct(a, 0.5).toFixed(2)} / ${pct(b, 0.5).toFixed(2)} | ${pct(a, 0.95).toFixed(2)} / ${pct(b, 0.95).toFixed(2)} | ${met(r(0.5))} / ${met(r(0.95))} |`);
  }
}

/** `node out/bench/navigation.js` runs these rows alone. */
if (require.main === module) benchNavigation().catch(err => { console.error(err); process.exit(1); });
