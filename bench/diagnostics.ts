// SPDX-License-Identifier: MIT
// Diagnostics timings for `npm run bench`: a whole pass after an edit (parse included, as the editor runs
// it after the debounce) and the checks alone on a parse that is already cached, against the targets of
// issue 10, with dockerfile-language-service's own `validate` beside ours for scale.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import * as core from '../src/core/index';
import { generatedCompose, generatedDockerfile } from './generate';

interface Row { name: string; text: string; run: (text: string) => unknown; anchor?: (text: string) => unknown; targetMs?: number }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** After an edit: five new versions of the text, each checked once from scratch. Warm: the same text again. */
function measure(text: string, run: (t: string) => unknown): { afterEditMs: number; warmMs: number } {
  const after: number[] = [];
  for (let k = 0; k < 5; k++) {
    const version = text + '\n'.repeat(k + 2);
    const t = performance.now();
    run(version);
    after.push(performance.now() - t);
  }
  const warm: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    run(text + '\n');
    warm.push(performance.now() - t);
  }
  return { afterEditMs: median(after), warmMs: median(warm) };
}

function corpusFiles(corpus: string, folder: string): { name: string; text: string }[] {
  const dir = path.join(corpus, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort().map(f => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

export function benchDiagnostics(corpus: string): void {
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  const anchor = (t: string) => service.validate(t);
  const ours = (t: string) => core.dockerfileDiagnostics(t);
  const compose = (t: string) => core.composeDiagnostics(t);
  const rows: Row[] = [
    { name: 'Dockerfile, 1,000 lines', text: generatedDockerfile(1000), run: ours, anchor, targetMs: 20 },
    { name: 'Dockerfile, 10,000 lines', text: generatedDockerfile(10000), run: ours, anchor, targetMs: 100 },
    { name: 'compose, 1,000 services', text: generatedCompose(1000), run: compose, targetMs: 200 },
  ];
  console.log('\n## Diagnostics');
  console.log('| file | after an edit, ms (parse included) | warm, ms (checks only) | dockerfile-language-service validate, ms | target | met |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const m = measure(r.text, r.run);
    const a = r.anchor ? measure(r.text, r.anchor).afterEditMs.toFixed(1) : '–';
    console.log(`| ${r.name} | ${m.afterEditMs.toFixed(1)} | ${m.warmMs.toFixed(1)} | ${a} | ≤ ${r.targetMs} | ${m.afterEditMs <= r.targetMs! ? 'yes' : 'NO'} |`);
  }
  for (const [folder, run] of [['dockerfile', ours], ['compose', compose]] as const) {
    const files = corpusFiles(corpus, folder);
    if (!files.length) continue;
    const times = files.map(f => ({ name: f.name, ms: measure(f.text, run).afterEditMs })).sort((x, y) => x.ms - y.ms);
    const worst = times[times.length - 1];
    console.log(`\nDiagnostics over ${files.length} corpus ${folder} files, after an edit: p50 ${times[Math.floor(times.length / 2)].ms.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)].ms.toFixed(2)} ms, worst ${worst.ms.toFixed(1)} ms (${worst.name})`);
  }
}
