// SPDX-License-Identifier: MIT
// Corpus counts for issue 11: hovers, borrowed ("hard-coded") values and repeated bullets over every
// word of ../shared/corpus. Usage: node out/test/corpusCounts.js [out folder of the build to measure]
import * as fs from 'fs';
import * as path from 'path';
import { borrowedValues, corpusDir, corpusFiles, hoverEveryWord, repeatedBullets, type Explain } from './unit/corpusGuards';

const outRoot = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
const repoRoot = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(path.join(outRoot, 'src', 'core', 'index.js')) as { explainDockerfile: Explain; explainCompose: Explain };
const verbose = process.argv.includes('--verbose');

for (const kind of ['dockerfile', 'compose'] as const) {
  const dir = corpusDir(kind, repoRoot);
  if (!dir) { console.log(`${kind}: corpus absent`); continue; }
  const explain = kind === 'dockerfile' ? core.explainDockerfile : core.explainCompose;
  const t = { files: 0, positions: 0, answered: 0, distinct: 0, borrowedHovers: 0, borrowedHits: 0, borrowedPositions: 0, repeatHovers: 0, repeats: 0 };
  const t0 = Date.now();
  for (const f of corpusFiles(dir)) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const r = hoverEveryWord(f, text, explain);
    t.files++; t.positions += r.positions; t.answered += r.answered; t.distinct += r.hovers.length;
    for (const h of r.hovers) {
      const b = borrowedValues(h.markdown, text);
      if (b.length) { t.borrowedHovers++; t.borrowedHits += b.length; t.borrowedPositions += h.positions; }
      const rep = repeatedBullets(h.markdown);
      if (rep.length) { t.repeatHovers++; t.repeats += rep.length; }
      if (verbose) {
        for (const x of b) console.log(`B ${f}:${h.pos.line + 1} ${JSON.stringify(h.lineText.trim().slice(0, 60))} ${x.value} :: ${x.bullet.slice(0, 140)}`);
        for (const x of rep) console.log(`R ${f}:${h.pos.line + 1} ${JSON.stringify(h.lineText.trim().slice(0, 60))} :: ${x.slice(0, 140)}`);
      }
    }
  }
  console.log(`${kind}: ${JSON.stringify(t)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
