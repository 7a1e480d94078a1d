// SPDX-License-Identifier: MIT
// Issue 14's last target: the slowest single core call on inputs up to 2 MB, whatever their shape.
// Each call gets a text no cache has seen (what the first hover, problems pass or lens refresh after
// opening the file pays). Reported, not asserted: the fuzz tests guard against runaways.
import { performance } from 'perf_hooks';
import * as core from '../src/core/index';
import { generatedCompose, generatedDockerfile } from './generate';

const LIMIT = 1.9 * 1024 * 1024; // under the 2 MB size limit, so every feature runs in full

function upTo(make: (n: number) => string, step: number): string {
  let n = step, text = make(n);
  while (make(n + step).length < LIMIT) { n += step; text = make(n); }
  return text;
}

interface Input { name: string; kind: 'dockerfile' | 'compose'; text: string }

function inputs(): Input[] {
  const many = (unit: string, head: string, tail = '') => head + unit.repeat(Math.floor((LIMIT - head.length - tail.length) / unit.length)) + tail;
  return [
    { name: 'Dockerfile, generated, 1.9 MB', kind: 'dockerfile', text: upTo(generatedDockerfile, 2000) },
    { name: 'Dockerfile, 200,000 continuation lines', kind: 'dockerfile', text: 'FROM alpine\nRUN echo \\\n' + '  a \\\n'.repeat(200000) + '  end\n' },
    { name: 'Dockerfile, one 1.9 MB line', kind: 'dockerfile', text: many('a', 'FROM alpine\nRUN echo ', '\n') },
    { name: 'Dockerfile, a heredoc that never closes', kind: 'dockerfile', text: many('echo hi\n', 'FROM alpine\nRUN <<EOF\n') },
    { name: 'compose, generated, 1.9 MB', kind: 'compose', text: upTo(generatedCompose, 250) },
    { name: 'compose, one flow mapping', kind: 'compose', text: `{services: {${Array.from({ length: 50000 }, (_, i) => `s${i}: {image: a, ports: ["80:80"]}`).join(', ')}}\n` },
    { name: 'compose, one 1.9 MB line', kind: 'compose', text: many('a', 'services:\n  web:\n    image: ', '\n') },
    { name: 'compose, 1,900-deep nesting', kind: 'compose', text: 'services:\n' + Array.from({ length: 1900 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n') + '\n' },
  ];
}

type Entry = [string, (text: string) => unknown];

function entries(kind: Input['kind'], text: string): Entry[] {
  const lines = text.split('\n', 50000);
  const places = [0, 1, Math.floor(lines.length / 2), lines.length - 2].map(line => ({ line: Math.max(0, line), character: Math.min(4, lines[Math.max(0, line)]?.length ?? 0) }));
  const file = kind === 'dockerfile' ? { path: '/work/app/Dockerfile', workspaceFolder: '/work/app' } : { path: '/work/app/compose.yaml', workspaceFolder: '/work/app' };
  if (kind === 'dockerfile') {
    return [
      ...places.map((p, i): Entry => [`explainDockerfile (place ${i + 1})`, t => core.explainDockerfile(t, p)]),
      ['dockerfileDiagnostics', t => core.dockerfileDiagnostics(t, { file })],
      ['completeDockerfile', t => core.completeDockerfile(t, places[2])],
      ['dockerfileActions', t => core.dockerfileActions(t, file)],
      ['dockerfileOutline', t => core.dockerfileOutline(t)],
    ];
  }
  return [
    ...places.map((p, i): Entry => [`explainCompose (place ${i + 1})`, t => core.explainCompose(t, p)]),
    ['composeDiagnostics', t => core.composeDiagnostics(t, { file })],
    ['completeCompose', t => core.completeCompose(t, places[2])],
    ['composeActions', t => core.composeActions(t, file)],
    ['composeGraph', t => core.composeGraph(t, file)],
  ];
}

let fresh = 0;

export function benchWorst(): void {
  console.log('\n## Slowest single call on inputs up to 2 MB (each on a text no cache has seen; target ≤ 100 ms)');
  console.log('| input | KB | slowest call | ms | met | every call, ms |');
  console.log('| --- | ---: | --- | ---: | --- | --- |');
  for (const input of inputs()) {
    const times = entries(input.kind, input.text).map(([name, call]) => {
      const text = `${input.text}# ${fresh++}\n`;
      const t = performance.now();
      try { call(text); } catch { /* the fuzz tests count throws; here only time matters */ }
      return { name, ms: performance.now() - t };
    });
    const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`| ${input.name} | ${(input.text.length / 1024).toFixed(0)} | ${worst.name} | ${worst.ms.toFixed(0)} | ${worst.ms <= 100 ? 'yes' : 'no'} | ${times.map(t => `${t.name.replace(/ \(place (\d)\)/, '#$1')} ${t.ms.toFixed(0)}`).join(', ')} |`);
  }
}
