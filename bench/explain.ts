// SPDX-License-Identifier: MIT
// "Explain this file" timings for `npm run bench` (issue 17): reading the compose graph and laying it out with
// dagre into the SVG the webview shows, for generated projects up to 200 services (target: 200 services in
// ≤ 1 s), the Dockerfile outline and stage diagram, and the corpus's largest compose file.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as core from '../src/core/index';
import { composeSvg } from '../src/webview/composeDiagram';
import { stagesSvg } from '../src/webview/stageDiagram';
import { generatedCompose, generatedDockerfile } from './generate';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** First run (JIT still cold) and the median of five more, each on a new text so no cache helps. */
function measure(text: string, run: (t: string) => unknown): { firstMs: number; medianMs: number } {
  const times: number[] = [];
  for (let k = 0; k < 6; k++) {
    const t = performance.now();
    run(text + '\n'.repeat(k + 1));
    times.push(performance.now() - t);
  }
  return { firstMs: times[0], medianMs: median(times.slice(1)) };
}

export function benchExplain(corpus: string): void {
  console.log('\nExplain view: graph + dagre layout + SVG (target: 200 services ≤ 1000 ms)');
  console.log('| file | nodes | edges | first ms | median ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const rows: { name: string; text: string }[] = [10, 50, 200].map(n => ({ name: `generated ${n} services`, text: generatedCompose(n) }));
  const dir = path.join(corpus, 'compose');
  if (fs.existsSync(dir)) {
    const biggest = fs.readdirSync(dir).map(f => ({ name: `corpus ${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') })).sort((a, b) => b.text.length - a.text.length)[0];
    if (biggest) rows.push(biggest);
  }
  for (const r of rows) {
    const g = core.composeGraph(r.text);
    const m = measure(r.text, t => composeSvg(core.composeGraph(t)));
    console.log(`| ${r.name} | ${g.nodes.length} | ${g.edges.length} | ${m.firstMs.toFixed(0)} | ${m.medianMs.toFixed(0)} |`);
  }
  const dockerfile = generatedDockerfile(10000);
  const m = measure(dockerfile, t => stagesSvg(core.dockerfileOutline(t)));
  console.log(`| generated Dockerfile 10000 lines (${core.dockerfileOutline(dockerfile).length} stages) | | | ${m.firstMs.toFixed(0)} | ${m.medianMs.toFixed(0)} |`);
}
